// The editors' desk: what readers cannot see yet, and every problem in the store.
import type { Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { loadSections, navOf } from './shared';
import { requestVisibility } from './visibility';

/** undefined outside preview: the desk is for editors only. */
export async function loadDesk(locale: Locale) {
  const vis = await requestVisibility();
  if (!vis.preview) return undefined;
  const source = getContentSource();
  const [sections, waiting, problems] = await Promise.all([loadSections(), source.unpublished(vis.now), source.problems()]);
  const names = new Map(sections.map((s) => [s.id, s.name[locale]]));
  return {
    nav: navOf(sections, locale),
    now: vis.now,
    waiting: waiting.map((a) => ({ ...a, sectionName: names.get(a.section) ?? a.section })),
    problems,
  };
}
