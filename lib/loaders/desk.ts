// The editors' desk: what readers cannot see yet (filtered and sorted as the editor asks),
// each story's live share links, and every problem in the store.
import { isLocale, type Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { liveLinks } from '@/lib/preview/share/links';
import { shareUrl } from '@/lib/preview/share/paths';
import { warningsOf } from './preview-checks';
import { editorName } from './share-state';
import { loadSections, navOf } from './shared';
import { requestVisibility } from './visibility';

export type DeskFilter = { state: 'draft' | 'scheduled' | null; section: string | null; lang: Locale | null; sort: 'newest' | 'oldest' };

/** The desk's query string as given; anything unexpected means "no filter". */
export function deskFilter(q: Record<string, string | string[] | undefined>): DeskFilter {
  const one = (k: string) => (typeof q[k] === 'string' ? (q[k] as string) : null);
  const state = one('state');
  const lang = one('lang');
  const section = one('section');
  return {
    state: state === 'draft' || state === 'scheduled' ? state : null,
    section: section && /^[a-z0-9-]{1,60}$/.test(section) ? section : null,
    lang: isLocale(lang) ? lang : null,
    sort: one('sort') === 'oldest' ? 'oldest' : 'newest',
  };
}

/** undefined outside preview: the desk is for editors only. */
export async function loadDesk(locale: Locale, filter: DeskFilter = deskFilter({})) {
  const vis = await requestVisibility();
  if (!vis.preview) return undefined;
  const source = getContentSource();
  const [sections, waiting, problems, links, name] = await Promise.all([loadSections(), source.unpublished(vis.now), source.problems(), liveLinks(vis.now), editorName()]);
  const names = new Map(sections.map((s) => [s.id, s.name[locale]]));
  const warnings = await warningsOf(waiting, vis.now);
  const shown = waiting
    .filter((a) => (!filter.state || (filter.state === 'draft') === (a.status === 'draft')) && (!filter.section || a.section === filter.section) && (!filter.lang || a.locale === filter.lang))
    .sort((a, b) => (filter.sort === 'oldest' ? a.published - b.published : b.published - a.published));
  return {
    nav: navOf(sections, locale),
    now: vis.now,
    total: waiting.length,
    sections: sections.map((s) => ({ id: s.id, name: s.name[locale] })),
    waiting: shown.map((a) => ({
      ...a,
      sectionName: names.get(a.section) ?? a.section,
      warnings: warnings.get(a.id) ?? [],
      links: (links.get(a.id) ?? []).map((l) => ({ url: shareUrl(a.locale, l.token), by: l.by, createdAt: l.createdAt, expires: l.expires })),
    })),
    editorName: name,
    problems,
  };
}

export type DeskData = NonNullable<Awaited<ReturnType<typeof loadDesk>>>;
