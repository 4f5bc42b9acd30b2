// Preview as the request interceptor (proxy.ts) sees it, before any page renders.
import type { NextRequest } from 'next/server';
import { DRAFT_COOKIE, previewSecret, SESSION_COOKIE, verifySession } from './token';

/**
 * `active`: draft mode with a valid session. `revoked`: Next's draft cookie without a valid
 * session of ours (expired, or signed with a secret that has changed or gone): the page
 * must render as readers see it, and both cookies go. `none`: a reader.
 */
export type ProxySession = 'active' | 'revoked' | 'none';

/** Set on a page that ended a revoked session, for an edge that hides pages' Set-Cookie. */
export const PREVIEW_ENDED_HEADER = 'X-Preview-Ended';

export function proxySession(request: NextRequest): ProxySession {
  if (!request.cookies.has(DRAFT_COOKIE)) return 'none';
  return verifySession(request.cookies.get(SESSION_COOKIE)?.value, previewSecret()) ? 'active' : 'revoked';
}

/** The request's headers without the preview cookies, for the page to render as a reader's. */
export function withoutPreviewCookies(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  const kept = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((c) => c.trim())
    .filter((c) => {
      const name = c.split('=', 1)[0]!.trim();
      return c && name !== DRAFT_COOKIE && name !== SESSION_COOKIE;
    });
  if (kept.length) headers.set('cookie', kept.join('; '));
  else headers.delete('cookie');
  return headers;
}
