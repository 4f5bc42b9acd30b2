// One page of a section in the lite edition: its stories with their summaries, and paging.
import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { readers } from '@/lib/content/types';
import { SECTION_PAGE_SIZE } from '@/lib/http/page-param';
import type { LiteSectionData } from '@/lib/lite/types';
import { fullPathOfLite } from '@/lib/routes';
import { loadSections } from '../shared';
import { liteFrame, liteItems, liteSection } from './frame';

/** undefined when there is no such section or page. */
export async function loadLiteSection(locale: Locale, id: string, page: number): Promise<LiteSectionData | undefined> {
  const vis = readers();
  const sections = await loadSections();
  const section = sections.find((s) => s.id === id);
  if (!section) return undefined;
  const [feed, t, tLite] = await Promise.all([
    getContentSource().page({ locale, section: id }, page, SECTION_PAGE_SIZE, vis),
    getTranslations({ locale, namespace: 'Section' }),
    getTranslations({ locale, namespace: 'Lite' }),
  ]);
  if (page > feed.pages) return undefined;
  const name = section.name[locale];
  const base = liteSection(locale, id);
  const at = (p: number) => (p === 1 ? base : `${base}?page=${p}`);
  const heading = page > 1 ? t('pageTitle', { section: name, page: String(page) }) : name;
  return {
    frame: await liteFrame(locale, sections, {
      title: `${heading} | ${tLite('edition')}`,
      fullPath: fullPathOfLite(locale, id, undefined, page),
      litePath: at(page),
      otherPath: liteSection(otherLocale(locale), id),
      current: id,
    }),
    heading,
    items: await liteItems(feed.items, locale, vis.now, true),
    empty: t('empty'),
    pagination: {
      label: t('pagination'),
      status: t('pageOf', { page: String(page), pages: String(feed.pages) }),
      previous: page > 1 ? { href: at(page - 1), label: t('previous') } : undefined,
      next: page < feed.pages ? { href: at(page + 1), label: t('next') } : undefined,
    },
  };
}
