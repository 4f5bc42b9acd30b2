// The request interceptor. `/` goes to the reader's language (the cookie they got when
// they last read a page, else Arabic — never Accept-Language, so a shared link or a
// crawler always sees the same thing). Visiting a language remembers it; the cookie is
// only set when it changes, so cacheable pages rarely carry a Set-Cookie.
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie, type Locale } from './i18n/locales';
import { LOCALE_ROUTES, missingPage } from './lib/http/known-path';
import { NOT_FOUND_LOCALE_HEADER } from './lib/http/not-found';

const YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const saved = request.cookies.get(localeCookie)?.value;
  if (pathname === '/') {
    const url = request.nextUrl.clone();
    url.pathname = `/${isLocale(saved) ? saved : defaultLocale}`;
    const res = NextResponse.redirect(url, 307);
    res.headers.set('Cache-Control', 'private, no-store');
    res.headers.set('Vary', 'Cookie');
    return res;
  }
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0];
  // A rewrite may come back through here as a request of its own (when the server's name
  // is not the one it listens on, Next forwards it over HTTP): the not-found page is final.
  if (pathname === '/_not-found') return NextResponse.next();
  const params = request.nextUrl.searchParams;
  const preview = request.cookies.has('__prerender_bypass');
  const missing = missingPage(segments, { page: params.get('page'), view: params.get('view'), q: params.get('q') }, preview);
  const res = missing ? notFoundPage(request, missing.locale) : (pagedSection(request, segments) ?? bothLanguages(request, segments) ?? NextResponse.next());
  const page = !missing && !segments.at(-1)?.includes('.'); // not a feed
  if (page && isLocale(first) && first !== saved && request.method === 'GET' && !request.headers.has('next-router-prefetch')) {
    res.cookies.set(localeCookie, first, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  }
  // An editor in preview: nothing of this response may be cached or indexed.
  if (request.cookies.has('__prerender_bypass')) {
    res.headers.set('Cache-Control', 'private, no-store');
    res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  }
  return res;
}

/**
 * `/{locale}/{section}?page=N` is served by the statically cached route
 * `/{locale}/{section}/P/N` (ids are lower-case, so `P` can never be an article).
 * Reading the query string in the page itself would make every section page dynamic.
 */
function pagedSection(request: NextRequest, segments: string[]): NextResponse | undefined {
  const page = request.nextUrl.searchParams.get('page');
  if (segments.length !== 2 || page === null || (LOCALE_ROUTES as readonly string[]).includes(segments[1]!)) return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  if (page === '1') return NextResponse.redirect(url, 308);
  url.pathname = `/${segments[0]}/${segments[1]}/P/${encodeURIComponent(page)}`;
  return NextResponse.rewrite(url);
}

/**
 * The not-found page, in the path's language (or both when it has none), rendered by
 * app/not-found.tsx with status 404. Nothing of it is cached, on disk or at the edge.
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

/** `/{locale}/{section}/{id}?view=both` is the side-by-side view, served from `…/{id}/both`. */
function bothLanguages(request: NextRequest, segments: string[]): NextResponse | undefined {
  if (segments.length !== 3 || request.nextUrl.searchParams.get('view') !== 'both') return undefined;
  const url = request.nextUrl.clone();
  url.search = '';
  url.pathname = `/${segments.join('/')}/both`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Every address but the API, Next's assets, public/ files and the site-wide files at the
  // root: a made-up address with a dot in it must meet missingPage() too.
  matcher: ['/((?!api/|_next/|media/|fonts/|bench/|robots\\.txt$|sitemap\\.xml$|news-sitemap\\.xml$|icon\\.svg$).*)'],
};
