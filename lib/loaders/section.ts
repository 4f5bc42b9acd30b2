// A section feed's page N: its stories, "most read" and the latest, asked once.
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { toCards } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import { SECTION_PAGE_SIZE } from '@/lib/http/page-param';
import { loadSections, mostRead, navOf } from './shared';
import { requestVisibility } from './visibility';

/** undefined when there is no such section or page. */
export const loadSection = cache(async (locale: Locale, id: string, page: number) => {
  const source = getContentSource();
  const vis = await requestVisibility();
  const sections = await loadSections();
  const section = sections.find((s) => s.id === id);
  if (!section) return undefined;
  // The locale's newest, once: "latest" and what fills "most read".
  const newest = source.latest({ locale }, 10, vis);
  const [feed, popular, latest] = await Promise.all([
    source.page({ locale, section: id }, page, SECTION_PAGE_SIZE, vis),
    mostRead(source, locale, 5, vis, newest),
    newest.then((list) => list.slice(0, 6)),
  ]);
  if (page > feed.pages) return undefined;
  const [items, popularCards, latestCards] = await Promise.all([toCards(feed.items, locale, vis.now), toCards(popular, locale, vis.now), toCards(latest, locale, vis.now)]);
  return { nav: navOf(sections, locale), section: { id, name: section.name[locale] }, page, pages: feed.pages, items, popular: popularCards, latest: latestCards };
});

export type SectionData = NonNullable<Awaited<ReturnType<typeof loadSection>>>;
