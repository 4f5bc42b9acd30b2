// The lite front page: the newest stories, then each section's newest few.
import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { readers } from '@/lib/content/types';
import type { LiteHomeData } from '@/lib/lite/types';
import { loadSections } from '../shared';
import { liteFrame, liteHome, liteItems, liteSection } from './frame';

export async function loadLiteHome(locale: Locale): Promise<LiteHomeData> {
  const source = getContentSource();
  const vis = readers();
  const [sections, newest, t, tHome] = await Promise.all([
    loadSections(),
    source.latest({ locale }, 10, vis),
    getTranslations({ locale, namespace: 'Lite' }),
    getTranslations({ locale, namespace: 'Home' }),
  ]);
  const by = await source.latestBySection({ locale, sections: sections.map((s) => s.id), exclude: newest.map((a) => a.id) }, 3, vis);
  const blocks = await Promise.all(sections.map(async (s) => ({ title: s.name[locale], href: liteSection(locale, s.id), items: await liteItems(by.get(s.id) ?? [], locale, vis.now) })));
  return {
    frame: await liteFrame(locale, sections, { title: t('homeTitle'), fullPath: `/${locale}`, litePath: liteHome(locale), otherPath: liteHome(otherLocale(locale)) }),
    heading: tHome('title'),
    newest: { title: tHome('newest'), items: await liteItems(newest, locale, vis.now) },
    sections: blocks.filter((b) => b.items.length > 0),
  };
}
