// The request interceptor. `/` goes to the reader's language (the cookie they got when
// they last read a page, else Arabic — never Accept-Language, so a shared link or a
// crawler always sees the same thing). Visiting a language remembers it; the cookie is
// only set when it changes, so cacheable pages rarely carry a Set-Cookie.
// A reader who chose "always lite" is sent from each full page to its lite twin; a
// `Save-Data: on` request is mirrored in a cookie, which lets the (cached, identical for
// everyone) page show its offer of the lite edition. Neither changes what a URL returns
// to anyone else: deploy/nginx.conf keys and bypasses its cache accordingly.
// Preview needs Next's draft cookie and a valid session of ours (lib/preview): a draft
// cookie alone is taken off the request, so the page renders as readers see it.
// When the content database is away, a path this process served before goes on to the
// page cache and any other is answered 503 (lib/http/outage.ts), never Next's 500.
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie, type Locale } from './i18n/locales';
import { getContentSource } from './lib/content/instance';
import { isContentUnavailable } from './lib/content/unavailable';
import { isSlug, missingPage, type Missing, type PathQuery } from './lib/http/known-path';
import { pathKey, rememberServed, unavailablePage, wasServed } from './lib/http/outage';
import { NOT_FOUND_LOCALE_HEADER } from './lib/http/not-found';
import { NO_STORE, PRIVATE_NO_STORE } from './lib/http/cache';
import { readers } from './lib/content/types';
import { isMediaPath } from './lib/media/media-rules';
import { isSiteMedia, optimiserMedia } from './lib/media/optimiser-source';
import { expireSession } from './lib/preview/cookies';
import { mayChangePreview } from './lib/preview/may-change';
import { PREVIEW_ENDED_HEADER, proxySession, withoutPreviewCookies, type ProxySession } from './lib/preview/proxy-session';
import { SHARE_ENDED, SHARED_MEDIA, SHARED_SEGMENT } from './lib/preview/share/paths';
import { sharedLink } from './lib/preview/share/proxy-share';
import { PREVIEW_FRAME_OPTIONS, PREVIEW_PAGE_CSP } from './lib/preview/frame-policy';
import { queryProblem } from './lib/search/query';
import { searchRefused } from './lib/search/rate';
import { shortPage } from './lib/http/short-page';
import ar from './messages/ar.json';
import en from './messages/en.json';
import { APP_SEGMENTS, FULL_PARAM, LITE_COOKIE, SAVE_DATA_COOKIE, litePathOf, readerPage } from './lib/routes';

const YEAR = 60 * 60 * 24 * 365;
const searchText = { ar: ar.Search, en: en.Search };
/** The folder of the lite edition's not-found route (app/lite-not-found/[locale]). */
const LITE_NOT_FOUND = 'lite-not-found';

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const saved = request.cookies.get(localeCookie)?.value;
  const session = proxySession(request);
  if (pathname === '/_next/image') return optimisedImage(request, session);
  // The matcher lets through only the API's and media's addresses that hold a `%`: one that is
  // not valid percent-encoding would fail Next's own decoding of the route's params with a 500.
  if (/^\/(api|media)\//.test(pathname)) return wellEncoded(pathname) ? NextResponse.next() : badAddress();
  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${isLocale(saved) ? saved : defaultLocale}`;
    const res = NextResponse.redirect(url, 307);
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    res.headers.set('Vary', 'Cookie');
    return res;
  }
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0];
  // A rewrite may come back through here as a request of its own (when the server's name
  // is not the one it listens on, Next forwards it over HTTP): the not-found pages are final.
  if (pathname === '/_not-found' || ((first === LITE_NOT_FOUND || first === SHARE_ENDED) && segments.length === 2)) return NextResponse.next();
  // A draft's share link (lib/preview/share): checked here, never cached, never a reader page.
  if (isLocale(first) && segments[1] === SHARED_SEGMENT && segments.length === 3) return sharedLink(request, first, segments[2]!);
  const init = session === 'revoked' ? { request: { headers: withoutPreviewCookies(request) } } : undefined;
  const params = request.nextUrl.searchParams;
  const query = { page: params.get('page'), view: params.get('view'), q: params.get('q') };
  const tooMany = isLocale(first) && segments.length === 2 && segments[1] === 'search' ? searchLimited(request, first, query.q) : undefined;
  if (tooMany) return tooMany;
  const checked = await checkPath(segments, pathname, query, session === 'active');
  if (checked === 'unavailable') return unavailablePage(isLocale(first) ? first : defaultLocale);
  const missing = checked;
  const res = missing
    ? missing.lite
      ? liteNotFoundPage(request, missing.locale)
      : notFoundPage(request, missing.locale)
    : (alwaysLite(request, session) ??
      pagedLite(request, segments, init) ??
      pagedSection(request, segments, init) ??
      bothLanguages(request, segments, init) ??
      NextResponse.next(init));
  // Another site's picture or frame carries Next's draft cookie without ours: a reader's page, but no cookie is touched.
  if (session === 'revoked' && mayChangePreview(request)) {
    expireSession(res, request, { draft: true });
    // The edge hides a page's Set-Cookie (deploy/nginx.conf); this asks it to clear them itself.
    res.headers.set(PREVIEW_ENDED_HEADER, '1');
  }
  // Not a 404, nor a feed or file.
  const page = !missing && !segments.at(-1)?.includes('.') && request.method === 'GET' && !request.headers.has('next-router-prefetch');
  if (isLocale(first) && first !== saved && page && readerNavigated(request)) {
    res.cookies.set(localeCookie, first, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  }
  if (isLocale(first) && page) mirrorSaveData(request, res);
  // An editor in preview: nothing of this response may be cached or indexed.
  if (session === 'active') {
    res.headers.set('Content-Security-Policy', PREVIEW_PAGE_CSP);
    res.headers.set('X-Frame-Options', PREVIEW_FRAME_OPTIONS);
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  }
  return res;
}

/**
 * missingPage(), and what to do when the database cannot answer it (lib/http/outage.ts):
 * a path let through before goes on to the page cache, any other is 'unavailable' (503).
 * Search results and preview always render afresh, so they are never remembered.
 */
async function checkPath(segments: string[], pathname: string, query: PathQuery, preview: boolean): Promise<Missing | null | 'unavailable'> {
  const key = pathKey(pathname, query);
  const cacheable = !preview && segments[1] !== 'search';
  try {
    // The lite front page asks the database nothing here but renders from it: the sections
    // (kept in memory while the database is there) say whether it is.
    if (segments[1] === 'lite') await getContentSource().sections();
    const missing = await missingPage(segments, query, preview);
    if (!missing && cacheable) {
      // The first time (front pages aside, built with the site): the page renders from the
      // database, and the answers above may all have come from memory (the sections), which
      // cannot tell a database that hangs. One small question (a locale's count, a few rows)
      // makes sure it answers, or this is a 503.
      if (!wasServed(key) && isLocale(segments[0]) && segments.length > 1) await getContentSource().count({ locale: segments[0] }, { preview, now: Date.now() });
      rememberServed(key);
    }
    return missing;
  } catch (e) {
    if (!isContentUnavailable(e)) throw e;
    return cacheable && wasServed(key) ? null : 'unavailable';
  }
}

/**
 * A search the page would run (words, within the length cap) takes one of the reader's
 * searches (lib/search/rate.ts, shared with /api/search); past the limit, a 429 page.
 */
function searchLimited(request: NextRequest, locale: Locale, q: string | null): NextResponse | undefined {
  if (queryProblem((q ?? '').trim()) !== undefined) return undefined;
  const wait = searchRefused(request.headers);
  if (wait === undefined) return undefined;
  const t = searchText[locale];
  return shortPage(locale, 429, { title: t.tooManyTitle, body: t.tooMany, testId: 'search-limited' }, wait);
}

/**
 * Whether the reader went to this page (a page load, or the app's own client navigation):
 * only then is its language the reader's choice. The service worker fetches both front
 * pages and saved-stories pages in the background (lib/offline/sw.ts); those fetches
 * must not switch the reader's language. A client that sends no Sec-Fetch-Mode is taken
 * at its word.
 */
function readerNavigated(request: NextRequest): boolean {
  const mode = request.headers.get('sec-fetch-mode');
  // The router's own fetches carry Next-Url (the proxy does not see their RSC header).
  return mode === null || mode === 'navigate' || request.headers.has('next-url');
}

/** "Always lite": a full reader page redirects to its lite twin, unless `?full=1` asks for the full one. */
function alwaysLite(request: NextRequest, session: ProxySession): NextResponse | undefined {
  if (request.cookies.get(LITE_COOKIE)?.value !== '1' || request.nextUrl.searchParams.has(FULL_PARAM)) return undefined;
  if (session === 'active' || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
  const page = readerPage(request.nextUrl.pathname, request.nextUrl.search);
  if (!page) return undefined;
  const url = request.nextUrl.clone();
  const [path, query] = litePathOf(page).split('?');
  url.pathname = path!;
  url.search = query ? `?${query}` : '';
  const res = NextResponse.redirect(url, 307);
  res.headers.set('Cache-Control', PRIVATE_NO_STORE);
  res.headers.set('Vary', 'Cookie');
  return res;
}

/** `/{locale}/lite/{section}?page=N` is served by `/{locale}/lite/{section}/P/N`, as the full section is. */
function pagedLite(request: NextRequest, segments: string[], init: Init): NextResponse | undefined {
  if (segments[1] !== 'lite') return undefined;
  const page = request.nextUrl.searchParams.get('page');
  const url = request.nextUrl.clone();
  url.search = '';
  // The lite front page has no later pages; the parameter means nothing there.
  if (segments.length !== 3 || page === null) return page === null ? NextResponse.next(init) : NextResponse.redirect(url, 308);
  if (page === '1') return NextResponse.redirect(url, 308);
  url.pathname = `/${segments.join('/')}/P/${encodeURIComponent(page)}`;
  return NextResponse.rewrite(url, init);
}

/** The Save-Data request header, as a session cookie the page's first script can read. */
function mirrorSaveData(request: NextRequest, res: NextResponse): void {
  const on = request.headers.get('save-data')?.trim().toLowerCase() === 'on';
  const had = request.cookies.get(SAVE_DATA_COOKIE)?.value === '1';
  if (on && !had) res.cookies.set(SAVE_DATA_COOKIE, '1', { path: '/', sameSite: 'lax' });
  else if (!on && had) res.cookies.set(SAVE_DATA_COOKIE, '', { path: '/', sameSite: 'lax', maxAge: 0 });
}

type Init = Parameters<typeof NextResponse.next>[0];

/**
 * The image optimiser's requests for a story's picture. A reader's is let through only
 * while a visible story shows the picture: the optimiser keeps its resized copies (and
 * serves them stale while it refreshes), so without this a withdrawn story's picture
 * would go on being served from `/_next/image` after `/media/` answers 404.
 * In preview, the optimiser cannot show an unpublished story's picture: it fetches the
 * original without the editor's cookies, as a reader, and gets a 404. So an editor's
 * `/_next/image?url=/media/…` is answered with the original itself (app/media), which
 * sees the session. Never cached: preview answers are the editor's alone.
 */
async function optimisedImage(request: NextRequest, session: ProxySession): Promise<NextResponse> {
  const src = request.nextUrl.searchParams.get('url') ?? '';
  // A share link's pictures are answered the same way, whoever asks: app/media checks the link.
  if (session === 'active' || src.startsWith(`/media/${SHARED_MEDIA}/`)) {
    if (!/^\/media\/[^?#\\]+$/.test(src) || src.includes('..')) return NextResponse.next();
    const res = NextResponse.rewrite(new URL(src, request.url));
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    return res;
  }
  const rel = optimiserMedia(src);
  if (rel === undefined) return NextResponse.next();
  try {
    if (isMediaPath(rel) && (await getContentSource().mediaShown(rel, readers()))) return NextResponse.next();
  } catch (e) {
    // The database is away: the optimiser's copies go on (the pages do too, lib/http/outage.ts).
    if (isContentUnavailable(e)) return NextResponse.next();
    throw e;
  }
  if (isSiteMedia(rel)) return NextResponse.next();
  return new NextResponse('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE } });
}

/**
 * `/{locale}/{section}?page=N` is served by the statically cached route
 * `/{locale}/{section}/P/N` (ids are lower-case, so `P` can never be an article).
 * Reading the query string in the page itself would make every section page dynamic.
 */
function pagedSection(request: NextRequest, segments: string[], init: Init): NextResponse | undefined {
  const page = request.nextUrl.searchParams.get('page');
  // Only a section takes a page number: on the feed or the manifest (`/ar/rss.xml?page=…`) it is ignored.
  if (segments.length !== 2 || page === null || !isSlug(segments[1]!) || (APP_SEGMENTS as readonly string[]).includes(segments[1]!)) return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  if (page === '1') return NextResponse.redirect(url, 308);
  url.pathname = `/${segments[0]}/${segments[1]}/P/${encodeURIComponent(page)}`;
  return NextResponse.rewrite(url, init);
}

/**
 * The not-found page, in the path's language (or both when it has none), rendered by
 * app/global-not-found.tsx with status 404. Nothing of it is cached, on disk or at the edge.
 */
function notFoundPage(request: NextRequest, locale: Locale | null): NextResponse {
  const headers = new Headers(request.headers);
  if (locale) headers.set(NOT_FOUND_LOCALE_HEADER, locale);
  else headers.delete(NOT_FOUND_LOCALE_HEADER);
  const url = request.nextUrl.clone();
  url.pathname = '/_not-found';
  url.search = '';
  return NextResponse.rewrite(url, { request: { headers } });
}

function wellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function badAddress(): NextResponse {
  return new NextResponse('Bad request: the address is not valid percent-encoding.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE },
  });
}

/** The lite edition's not-found page (app/lite-not-found), uncached like the other. */
function liteNotFoundPage(request: NextRequest, locale: Locale): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = `/${LITE_NOT_FOUND}/${locale}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

/** `/{locale}/{section}/{id}?view=both` is the side-by-side view, served from `…/{id}/both`. */
function bothLanguages(request: NextRequest, segments: string[], init: Init): NextResponse | undefined {
  if (segments.length !== 3 || !isSlug(segments[2]!) || request.nextUrl.searchParams.get('view') !== 'both') return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  url.pathname = `/${segments.join('/')}/both`;
  return NextResponse.rewrite(url, init);
}

export const config = {
  // Every address but the API, Next's assets, public/ files, the media and worker routes and
  // the site-wide files at the root: a made-up address with a dot in it must meet
  // missingPage() too. The image optimiser (a withdrawn story's pictures; editors' previews).
  // The API and media addresses with a `%` in them, to turn away malformed ones.
  matcher: [
    '/((?!api/|_next/|media/|fonts/|icons/|bench/|serwist/|robots\.txt$|sitemap\.xml$|news-sitemap\.xml$|icon\.svg$).*)',
    '/_next/image',
    '/((?:api|media)/.*%.*)',
  ],
};
