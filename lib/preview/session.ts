// Where preview is decided, in pages and route handlers, and how a session starts (the
// cookie itself: token.ts; setting and clearing it: cookies.ts).
import { cookies, draftMode } from 'next/headers';
import type { NextResponse } from 'next/server';
import { setSessionCookie } from './cookies';
import { previewSecret, SESSION_COOKIE, verifySession } from './token';

/**
 * Is this request an editor's preview: draft mode on and our session cookie valid? Cookies
 * are read only in draft mode (which renders at request time anyway): reading them in a
 * reader's request would turn every cached page into a dynamic one.
 */
export async function previewActive(): Promise<boolean> {
  if (!(await draftMode()).isEnabled) return false;
  return verifySession((await cookies()).get(SESSION_COOKIE)?.value, previewSecret());
}

/** Preview on: Next's draft mode and our signed session, on `res`. */
export async function startSession(res: NextResponse, request: Request, secret: string): Promise<void> {
  (await draftMode()).enable();
  setSessionCookie(res, request, secret);
}
