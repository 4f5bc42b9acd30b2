// Everything the home page shows, asked of the content source once, in parallel.
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { toCards } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import { loadSections, mostRead, navOf, sectionTeasers } from './shared';
import { requestVisibility } from './visibility';

export const loadHome = cache(async (locale: Locale) => {
  const source = getContentSource();
  const vis = await requestVisibility();
  // The newest 13 (lead, top, newest) also fill "most read" (6 needs 12).
  const latest = source.latest({ locale }, 13, vis);
  const [sections, newest, popular] = await Promise.all([loadSections(), latest, mostRead(source, locale, 6, vis, latest)]);
  const teasers = await sectionTeasers(source, sections, locale, 4, vis, newest.map((a) => a.id));
  const [cards, popularCards] = await Promise.all([toCards(newest, locale, vis.now), toCards(popular, locale, vis.now)]);
  const [lead, ...rest] = cards;
  return {
    nav: navOf(sections, locale),
    lead,
    top: rest.slice(0, 4),
    newest: rest.slice(4),
    latest: cards.slice(0, 8),
    popular: popularCards,
    teasers,
  };
});
