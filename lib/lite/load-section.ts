import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { SECTION_PAGE_SIZE } from '@/lib/http/page-param';
import { fullPathOfLite } from '@/lib/routes';
import { liteFrame, liteItems, liteSection } from './frame';
import type { LiteSectionData } from './types';

/** One page of a section in the lite edition, or null when the section or page does not exist. */
export async function loadLiteSection(locale: Locale, sectionId: string, page: number): Promise<LiteSectionData | null> {
  const store = getStore();
  const section = store.section(sectionId);
  if (!section) return null;
  const { items, pages } = store.sectionPage(locale, section.id, page, SECTION_PAGE_SIZE, { preview: false, now: Date.now() });
  if (page > pages) return null;
  const [t, tLite] = await Promise.all([getTranslations({ locale, namespace: 'Section' }), getTranslations({ locale, namespace: 'Lite' })]);
  const name = section.name[locale];
  const base = liteSection(locale, section.id);
  const at = (p: number) => (p === 1 ? base : `${base}?page=${p}`);
  const heading = page > 1 ? t('pageTitle', { section: name, page: String(page) }) : name;
  return {
    frame: await liteFrame(locale, {
      title: `${heading} | ${tLite('edition')}`,
      fullPath: fullPathOfLite(locale, section.id, undefined, page),
      litePath: at(page),
      otherPath: liteSection(otherLocale(locale), section.id),
      current: section.id,
    }),
    heading,
    items: await liteItems(items, locale, true),
    empty: t('empty'),
    pagination: {
      label: t('pagination'),
      status: t('pageOf', { page: String(page), pages: String(pages) }),
      previous: page > 1 ? { href: at(page - 1), label: t('previous') } : undefined,
      next: page < pages ? { href: at(page + 1), label: t('next') } : undefined,
    },
  };
}
