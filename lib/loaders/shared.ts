// What several page loaders ask for: the sections (once per render, whoever asks),
// "most read", and the teaser blocks of each section.
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { toCards, type Card } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import type { ContentSource } from '@/lib/content/source';
import type { ArticleSummary, Section, Visibility } from '@/lib/content/types';
import { topIds } from '@/lib/reads/top';

/** The sections, asked of the source once per render (header, page and footer share it). */
export const loadSections = cache((): Promise<Section[]> => getContentSource().sections());

/** The section menu in one language. */
export type NavItem = { id: string; name: string };
export const navOf = (sections: readonly Section[], locale: Locale): NavItem[] => sections.map((s) => ({ id: s.id, name: s.name[locale] }));

/**
 * "Most read": ranked by reads over the recent window, filled with the newest stories
 * where there are too few reads. Never throws: without counts it is the newest stories.
 * `newest`: the locale's newest stories, at least 2n of them where there are (enough to
 * fill in after leaving out the ranked ones), asked once by the page for its own lists too.
 */
export async function mostRead(source: ContentSource, locale: Locale, n: number, vis: Visibility, newest: Promise<ArticleSummary[]>): Promise<ArticleSummary[]> {
  // Ask for more ids than needed: some may be in the other locale or no longer visible.
  const ids = await topIds(locale, n * 3);
  const [ranked, recent] = await Promise.all([ids.length ? source.articles(ids, vis) : [], newest]);
  const top = ranked.filter((a) => a.locale === locale).slice(0, n);
  const shown = new Set(top.map((a) => a.id));
  return [...top, ...recent.filter((a) => !shown.has(a.id))].slice(0, n);
}

/** Each section's newest `n` stories as cards, leaving out stories the page already shows: one question. */
export async function sectionTeasers(source: ContentSource, sections: readonly Section[], locale: Locale, n: number, vis: Visibility, exclude: readonly string[]) {
  const by = await source.latestBySection({ locale, sections: sections.map((s) => s.id), exclude }, n, vis);
  return Promise.all(sections.map(async (s) => ({ id: s.id, name: s.name[locale], cards: await toCards(by.get(s.id) ?? [], locale, vis.now) })));
}

export type { Card };
