// Which reader URLs name a page, decided in proxy.ts before anything renders. A URL that
// names nothing is answered with the not-found page straight away: rendering it as a
// page would leave a cached copy on disk per made-up URL, and a `notFound()` thrown
// while rendering reaches the reader as an empty body (Next 16 sends the page only in
// its script payload). Pages keep their own checks for the rare race with an edit.
import { isLocale, type Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { SECTION_PAGE_SIZE, parsePage } from '@/lib/http/page-param';
import { APP_SEGMENTS } from '@/lib/routes';

/** Folders of app/[locale]/ that are pages of their own, not sections (see the test). */
export const LOCALE_ROUTES = APP_SEGMENTS;
/** Files of a language: its feed and its web app manifest. */
const LOCALE_FILES = ['rss.xml', 'manifest.webmanifest'];

const FEED = 'rss.xml';
/** A part of the sitemap index: app/sitemaps/[part] answers the parts that exist. */
const SITEMAP_PART = /^(0|[1-9][0-9]{0,4})\.xml$/;

/** A story or section id as the store's format allows it (content-format.md). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (s: string): boolean => s.length <= 120 && SLUG.test(s);

export type PathQuery = { page: string | null; view: string | null; q: string | null };

/**
 * Null when the path may be a page; else the language of the not-found page to show (null:
 * neither), and `lite` when the path is in the lite edition, which has a not-found page of its own.
 */
export type Missing = { locale: Locale | null; lite?: undefined } | { locale: Locale; lite: true };

/**
 * `segments`: the path split on `/`, empty parts dropped. `preview`: the editor's preview
 * cookie is present, so drafts and scheduled stories count as existing.
 */
export async function missingPage(segments: string[], query: PathQuery, preview: boolean): Promise<Missing | null> {
  const [locale, second, third, fourth, ...rest] = segments;
  if (locale === 'sitemaps') return segments.length === 2 && SITEMAP_PART.test(second!) ? null : { locale: null };
  if (!isLocale(locale)) return { locale: null };
  const missing = { locale };
  if (second === undefined) return null;
  // The lite edition mirrors the reader pages under /{locale}/lite, readers' view only.
  if (second === 'lite') return missingLite(locale, segments.slice(2), query);
  if (rest.length > 0) return missing;
  if (LOCALE_FILES.includes(second)) return third === undefined ? null : missing;
  const source = getContentSource();
  const known = (await source.sections()).some((s) => s.id === second);
  if (third === FEED) return fourth === undefined && known ? null : missing;
  if ((LOCALE_ROUTES as readonly string[]).includes(second)) {
    if (third !== undefined) return missing;
    return second === 'search' && !(await searchPageExists(locale, query, preview)) ? missing : null;
  }
  const view = { preview, now: Date.now() };
  if (third === undefined || third === 'P') {
    // A section, page 1 or (`?page=N`, or the internal `/P/N`) a later one.
    if (!known) return missing;
    if (third === 'P' && fourth === undefined) return missing;
    return (await sectionPageExists(locale, second, third === 'P' ? fourth! : query.page, view)) ? null : missing;
  }
  if (!isSlug(second) || !isSlug(third)) return missing;
  // Its summary, not its body: whether it exists, where, and whether it has a translation.
  const [article] = await source.articles([third], view);
  if (!article) return missing;
  const both = fourth === 'both' || (fourth === undefined && query.view === 'both');
  if (fourth !== undefined && fourth !== 'both') return missing;
  // A story under another language or section is redirected by its page; side by side
  // exists only at the story's own address, and only with a translation.
  if (both && (article.locale !== locale || article.section !== second || !(await source.translations([article], view)).has(article.id))) return missing;
  return null;
}

/** `/{locale}/lite/…`: the front page, a section and its later pages, a story. */
async function missingLite(locale: Locale, [section, third, fourth, ...rest]: string[], query: PathQuery): Promise<Missing | null> {
  const missing = { locale, lite: true } as const;
  if (section === undefined) return null;
  if (rest.length > 0) return missing;
  const source = getContentSource();
  if (!(await source.sections()).some((s) => s.id === section)) return missing;
  const view = { preview: false, now: Date.now() };
  if (third === undefined || third === 'P') {
    if (third === 'P' && fourth === undefined) return missing;
    return (await sectionPageExists(locale, section, third === 'P' ? fourth! : query.page, view)) ? null : missing;
  }
  if (fourth !== undefined || !isSlug(third)) return missing;
  // A story under another language or section exists: its route sends the reader on.
  const [article] = await source.articles([third], view);
  return article ? null : missing;
}

/** Page `raw` of a section (null: the first): a plain number, within its stories. */
async function sectionPageExists(locale: Locale, section: string, raw: string | null, view: { preview: boolean; now: number }): Promise<boolean> {
  if (raw === null) return true;
  const page = parsePage(raw);
  if (page === null) return false;
  // The count alone (the page renders the list itself): a few rows, not the page's walk.
  const pages = Math.max(1, Math.ceil((await getContentSource().count({ locale, section }, view)) / SECTION_PAGE_SIZE));
  return page <= pages;
}

/** `?page=N` of a search: a plain number, within the results (page 1 always exists). */
async function searchPageExists(locale: Locale, query: PathQuery, preview: boolean): Promise<boolean> {
  if (query.page === null) return true;
  const page = parsePage(query.page);
  if (page === null) return false;
  if (page === 1) return true;
  const result = await getContentSource().searchSummaries({ text: (query.q ?? '').trim(), locale, page }, { preview, now: Date.now() });
  return page <= result.pages && result.total > 0;
}
