// Where things live, in one place: a story's path (within a locale), its full URL, and
// absolute URLs for what leaves the site (feeds, sitemaps, cards, structured data).
import { localePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import { siteUrl } from './site';

type Filed = { id: string; section: string };

/** A story's path inside its locale: `/{section}/{id}`. */
export const storyPath = (a: Filed) => `/${a.section}/${a.id}`;
/** The story beside its translation (proxy.ts serves it statically). */
export const bothPath = (a: Filed) => `${storyPath(a)}?view=both`;
export const sectionPath = (section: string) => `/${section}`;

/** An absolute URL on this site for a root-relative path; https: URLs pass unchanged. */
export function absoluteUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl()}${path}`;
}

/** A story's public URL. */
export const storyUrl = (a: Filed & { locale: Locale }) => absoluteUrl(localePath(a.locale, storyPath(a)));
