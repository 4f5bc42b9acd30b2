// The request interceptor. `/` goes to the reader's language (the cookie they got when
// they last read a page, else Arabic — never Accept-Language, so a shared link or a
// crawler always sees the same thing). Visiting a language remembers it; the cookie is
// only set when it changes, so cacheable pages rarely carry a Set-Cookie.
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie } from './i18n/locales';
import { PRIVATE_NO_STORE } from './lib/http/cache';

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
  const res = pagedSection(request, segments) ?? bothLanguages(request, segments) ?? NextResponse.next();
  if (isLocale(first) && first !== saved && request.method === 'GET' && !request.headers.has('next-router-prefetch')) {
    res.cookies.set(localeCookie, first, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  }
  // An editor in preview: nothing of this response may be cached or indexed.
  if (request.cookies.has('__prerender_bypass')) {
    res.headers.set('Cache-Control', PRIVATE_NO_STORE);
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
