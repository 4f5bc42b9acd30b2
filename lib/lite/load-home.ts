import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { liteFrame, liteHome, liteItems, liteSection } from './frame';
import type { LiteHomeData } from './types';

const reader = () => ({ preview: false, now: Date.now() });

/** The lite front page: the newest stories, then each section's newest few. */
export async function loadLiteHome(locale: Locale): Promise<LiteHomeData> {
  const store = getStore();
  const view = reader();
  const [t, tHome] = await Promise.all([getTranslations({ locale, namespace: 'Lite' }), getTranslations({ locale, namespace: 'Home' })]);
  const newest = store.latest(locale, 10, view);
  const shown = new Set(newest.map((a) => a.id));
  const sections = await Promise.all(
    store.sections().map(async (s) => ({ title: s.name[locale], href: liteSection(locale, s.id), items: await liteItems(store.sectionLatest(locale, s.id, 3, view, shown), locale) })),
  );
  return {
    frame: await liteFrame(locale, { title: t('homeTitle'), fullPath: `/${locale}`, litePath: liteHome(locale), otherPath: liteHome(otherLocale(locale)) }),
    heading: tHome('title'),
    newest: { title: tHome('newest'), items: await liteItems(newest, locale) },
    sections: sections.filter((s) => s.items.length > 0),
  };
}
