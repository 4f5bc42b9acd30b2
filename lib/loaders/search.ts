// The search page: one page of results with their highlighted title and passage.
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import { getContentSource } from '@/lib/content/instance';
import { storyPath } from '@/lib/paths';
import { highlight, queryProblem, type QueryProblem, type Segment } from '@/lib/search';
import { snippet } from '@/lib/search/snippet';
import { loadSections, navOf } from './shared';
import { requestVisibility } from './visibility';

export type SearchHit = { id: string; href: string; section: string; title: Segment[]; excerpt?: Segment[]; published: number };

export type SearchData = {
  nav: ReturnType<typeof navOf>;
  problem?: QueryProblem;
  /** Undefined when the query has a problem. */
  result?: { total: number; pages: number; hits: SearchHit[] };
};

export const loadSearch = cache(async (locale: Locale, q: string, page: number): Promise<SearchData> => {
  const source = getContentSource();
  const problem = queryProblem(q);
  const [sections, vis] = await Promise.all([loadSections(), requestVisibility()]);
  const nav = navOf(sections, locale);
  if (problem) return { nav, problem };
  const found = await source.search({ text: q, locale, page }, vis);
  const names = new Map(nav.map((s) => [s.id, s.name]));
  const hits = found.items.map((a) => ({
    id: a.id,
    href: localePath(a.locale, storyPath(a)),
    section: names.get(a.section) ?? a.section,
    title: highlight(a.title, found.terms, locale),
    excerpt: snippet(a, found.terms),
    published: a.published,
  }));
  return { nav, result: { total: found.total, pages: found.pages, hits } };
});
