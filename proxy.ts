// The request interceptor. `/` goes to the reader's language (the cookie they got when
// they last read a page, else Arabic — never Accept-Language, so a shared link or a
// crawler always sees the same thing). Visiting a language remembers it; the cookie is
// only set when it changes, so cacheable pages rarely carry a Set-Cookie.
// A reader who chose "always lite" is sent from each full page to its lite twin; a
// `Save-Data: on` request is mirrored in a cookie, which lets the (cached, identical for
// everyone) page show its offer of the lite edition. Neither changes what a URL returns
// to anyone else: deploy/nginx.conf keys and bypasses its cache accordingly.
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie } from './i18n/locales';
import { PRIVATE_NO_STORE } from './lib/http/cache';
import { FULL_PARAM, LITE_COOKIE, SAVE_DATA_COOKIE, litePathOf, readerPage } from './lib/routes';

const YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const saved = request.cookies.get(localeCookie)?.value;
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
  const res = alwaysLite(request) ?? pagedLite(request, segments) ?? pagedSection(request, segments) ?? bothLanguages(request, segments) ?? NextResponse.next();
  const page = request.method === 'GET' && !request.headers.has('next-router-prefetch');
  if (isLocale(first) && first !== saved && page) {
    res.cookies.set(localeCookie, first, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  }
  if (isLocale(first) && page) mirrorSaveData(request, res);
  // An editor in preview: nothing of this response may be cached or indexed.
  if (request.cookies.has('__prerender_bypass')) {
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
    res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  }
  return res;
}

/** "Always lite": a full reader page redirects to its lite twin, unless `?full=1` asks for the full one. */
function alwaysLite(request: NextRequest): NextResponse | undefined {
  if (request.cookies.get(LITE_COOKIE)?.value !== '1' || request.nextUrl.searchParams.has(FULL_PARAM)) return undefined;
  if (request.cookies.has('__prerender_bypass') || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
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
function pagedLite(request: NextRequest, segments: string[]): NextResponse | undefined {
  if (segments[1] !== 'lite') return undefined;
  const page = request.nextUrl.searchParams.get('page');
  const url = request.nextUrl.clone();
  url.search = '';
  // The lite front page has no later pages; the parameter means nothing there.
  if (segments.length !== 3 || page === null) return page === null ? NextResponse.next() : NextResponse.redirect(url, 308);
  if (page === '1') return NextResponse.redirect(url, 308);
  url.pathname = `/${segments.join('/')}/P/${encodeURIComponent(page)}`;
  return NextResponse.rewrite(url);
}

/** The Save-Data request header, as a session cookie the page's first script can read. */
function mirrorSaveData(request: NextRequest, res: NextResponse): void {
  const on = request.headers.get('save-data')?.trim().toLowerCase() === 'on';
  const had = request.cookies.get(SAVE_DATA_COOKIE)?.value === '1';
  if (on && !had) res.cookies.set(SAVE_DATA_COOKIE, '1', { path: '/', sameSite: 'lax' });
  else if (!on && had) res.cookies.set(SAVE_DATA_COOKIE, '', { path: '/', sameSite: 'lax', maxAge: 0 });
}

/**
 * `/{locale}/{section}?page=N` is served by the statically cached route
 * `/{locale}/{section}/P/N` (ids are lower-case, so `P` can never be an article).
 * Reading the query string in the page itself would make every section page dynamic.
 */
function pagedSection(request: NextRequest, segments: string[]): NextResponse | undefined {
  const page = request.nextUrl.searchParams.get('page');
  if (segments.length !== 2 || page === null) return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  if (page === '1') return NextResponse.redirect(url, 308);
  url.pathname = `/${segments[0]}/${segments[1]}/P/${encodeURIComponent(page)}`;
  return NextResponse.rewrite(url);
}

/** `/{locale}/{section}/{id}?view=both` is the side-by-side view, served from `…/{id}/both`. */
function bothLanguages(request: NextRequest, segments: string[]): NextResponse | undefined {
  if (segments.length !== 3 || request.nextUrl.searchParams.get('view') !== 'both') return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  url.pathname = `/${segments.join('/')}/both`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension (feeds, images).
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
