// Setting and clearing the preview cookies on a response (no next/headers here: the
// request interceptor uses this too).
import type { NextResponse } from 'next/server';
import { siteUrl } from '@/lib/site';
import { DRAFT_COOKIE, SESSION_COOKIE, sessionTtlMs, signSession } from './token';

/** Secure cookies when the site or this request is on https. */
export function secureCookies(request: Request): boolean {
  return siteUrl().startsWith('https:') || new URL(request.url).protocol === 'https:';
}

/** Our session cookie, good for PREVIEW_SESSION_HOURS: HttpOnly, SameSite=Lax, Secure on https. */
export function setSessionCookie(res: NextResponse, request: Request, secret: string): void {
  const ttl = sessionTtlMs();
  res.cookies.set(SESSION_COOKIE, signSession(secret, Date.now(), ttl), {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(request),
    path: '/',
    maxAge: Math.floor(ttl / 1000),
  });
}

/**
 * Expires our session cookie on `res`, and Next's draft cookie too when `draft` (with the
 * attributes Next gives it; a route handler that called draftMode().disable() need not).
 */
export function expireSession(res: NextResponse, request: Request, { draft }: { draft: boolean }): void {
  const production = process.env.NODE_ENV !== 'development';
  if (draft) res.cookies.set(DRAFT_COOKIE, '', { httpOnly: true, sameSite: production ? 'none' : 'lax', secure: production, path: '/', expires: new Date(0) });
  res.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: secureCookies(request), path: '/', expires: new Date(0) });
}
