// The shapes of the site's reader URLs, in one place: the request interceptor (proxy.ts),
// the service worker and the pages all ask here which page a path is and where its lite
// twin lives. Pure functions, no imports from the app: the worker bundles this file.

export const LOCALES = ['ar', 'en'] as const;

/** Second path segments that are the app's own pages, so never a section id. */
export const APP_SEGMENTS = ['lite', 'search', 'preview', 'saved', 'offline'] as const;

/** Name of the cookie that remembers "always open the lite edition" (no `-`: nginx reads it as $cookie_sahifa_lite). */
export const LITE_COOKIE = 'sahifa_lite';
/** Set from the `Save-Data: on` request header, so the (cached) page can offer the lite edition. */
export const SAVE_DATA_COOKIE = 'sahifa_sd';
/** `?full=1` opens the full page even for a reader who chose the lite edition. */
export const FULL_PARAM = 'full';

export type ReaderPage =
  | { kind: 'home'; locale: string }
  | { kind: 'section'; locale: string; section: string; page: string | null }
  | { kind: 'article'; locale: string; section: string; id: string };

const isLocale = (s: string | undefined): s is string => !!s && (LOCALES as readonly string[]).includes(s);
const isSectionLike = (s: string | undefined): s is string => !!s && !(APP_SEGMENTS as readonly string[]).includes(s) && /^[a-z0-9-]+$/.test(s);

/** A full-site reader page (home, section, article) by its path, else null. */
export function readerPage(pathname: string, search = ''): ReaderPage | null {
  const [locale, section, id, ...rest] = pathname.split('/').filter(Boolean);
  if (!isLocale(locale) || rest.length) return null;
  if (section === undefined) return { kind: 'home', locale };
  if (!isSectionLike(section)) return null;
  if (id === undefined) return { kind: 'section', locale, section, page: new URLSearchParams(search).get('page') };
  return /^[a-z0-9-]+$/.test(id) ? { kind: 'article', locale, section, id } : null;
}

/** The lite twin of a reader page: /{locale}/lite…, with the section's page number kept. */
export function litePathOf(page: ReaderPage): string {
  if (page.kind === 'home') return `/${page.locale}/lite`;
  if (page.kind === 'section') return `/${page.locale}/lite/${page.section}${page.page && page.page !== '1' ? `?page=${encodeURIComponent(page.page)}` : ''}`;
  return `/${page.locale}/lite/${page.section}/${page.id}`;
}

/** The full page a lite path stands for (what its canonical link and "full version" name). */
export function fullPathOfLite(locale: string, section?: string, id?: string, page?: number): string {
  if (!section) return `/${locale}`;
  if (!id) return `/${locale}/${section}${page && page > 1 ? `?page=${page}` : ''}`;
  return `/${locale}/${section}/${id}`;
}
