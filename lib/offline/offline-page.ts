// The offline page: a shell the server renders once per language (components/offline/
// OfflineShell.ts, no script), which the service worker fills with what this device keeps.
// The shell marks each list with a comment and hides it; the worker fills and shows it.
import { escapeHtml } from '@/lib/lite/html';
import type { KeptStory } from './keep';

export const KEPT_GROUPS = ['saved', 'recent'] as const;
export type KeptGroup = (typeof KEPT_GROUPS)[number];

export const groupMarker = (g: KeptGroup) => `<!--kept:${g}-->`;
export const groupHidden = (g: KeptGroup) => `id="kept-${g}" hidden`;

function item(story: KeptStory, locale: string): string {
  const other = story.locale !== locale ? ` lang="${story.locale}" dir="${story.locale === 'ar' ? 'rtl' : 'ltr'}"` : '';
  const section = story.section ? ` <span class="meta"${other}>${escapeHtml(story.section)}</span>` : '';
  return `<li><a href="${escapeHtml(story.url)}"${other}>${escapeHtml(story.title)}</a>${section}</li>`;
}

/** The shell with its lists filled; a list with nothing in it stays hidden. */
export function fillOfflinePage(shell: string, kept: Record<KeptGroup, KeptStory[]>, locale: string): string {
  let out = shell;
  for (const g of KEPT_GROUPS) {
    if (kept[g].length === 0) continue;
    const items = kept[g].map((s) => item(s, locale)).join('');
    // Functions, not strings, as replacements: a `$&` in a title must stay text.
    out = out.replace(groupMarker(g), () => items).replace(groupHidden(g), () => `id="kept-${g}"`);
  }
  return out;
}
