// The request interceptor. `/` goes to the reader's language (the cookie they got when
// they last read a page, else Arabic — never Accept-Language, so a shared link or a
// crawler always sees the same thing). Visiting a language remembers it; the cookie is
// only set when it changes, so cacheable pages rarely carry a Set-Cookie.
import { NextResponse, type NextRequest } from 'next/server';
import { defaultLocale, isLocale, localeCookie } from './i18n/locales';

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
  const first = pathname.split('/')[1];
  const res = NextResponse.next();
  if (isLocale(first) && first !== saved && request.method === 'GET' && !request.headers.has('next-router-prefetch')) {
    res.cookies.set(localeCookie, first, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  }
  return res;
}

export const config = {
  // Pages only: not the API, Next's assets, or files with an extension (feeds, images).
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
