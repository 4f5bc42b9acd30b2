// What the share and revoke routes have in common: who may ask (an editor's preview
// session, from one of our pages), the body (a form or JSON, small), the editor's name
// (given once, kept in a session cookie) and how to answer (JSON for a script, back to
// the desk for a form a browser sent without one).
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { readAtMost } from '@/lib/http/body';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { foreignOrigin } from '@/lib/http/same-origin';
import { secureCookies } from '@/lib/preview/cookies';
import { previewActive } from '@/lib/preview/session';

const MAX_BODY_BYTES = 4096;
export const EDITOR_COOKIE = 'sahifa_editor';
export const MAX_NAME_CHARS = 60;

export const fail = (status: number, error: string) => NextResponse.json({ error }, { status, headers: { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex' } });

/** The request's fields, or the error to answer. */
export async function editorFields(request: Request): Promise<{ get(name: string): string | null } | NextResponse> {
  const foreign = foreignOrigin(request);
  if (foreign) return fail(403, foreign);
  if (!(await previewActive())) return fail(401, 'a preview session is needed: open the preview first');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return fail(415, 'send a form or JSON');
  const body = await readAtMost(request, MAX_BODY_BYTES);
  if (body === undefined) return fail(413, 'body too large');
  if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(body);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return fail(400, 'body is not JSON');
  }
  const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { get: (k) => (typeof obj[k] === 'string' ? (obj[k] as string) : typeof obj[k] === 'number' ? String(obj[k]) : null) };
}

/** A browser's form navigation (no script): answered with a redirect, not JSON. */
export const fromForm = (request: Request) => request.headers.get('sec-fetch-mode') === 'navigate';

/** The editor's name as kept in their session, '' when none (Next decodes the cookie). */
export async function keptName(): Promise<string> {
  try {
    return cleanName((await cookies()).get(EDITOR_COOKIE)?.value ?? '') ?? '';
  } catch {
    // Outside a request (a loader called by a test or a build): nobody's name.
    return '';
  }
}

/** A name as given: trimmed, one line, at most MAX_NAME_CHARS; undefined when too long. */
export function cleanName(raw: string): string | undefined {
  const name = raw.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return [...name].length <= MAX_NAME_CHARS ? name : undefined;
}

/** Keeps the editor's name for the session (no Max-Age: it goes when the browser closes). */
export function keepName(res: NextResponse, request: Request, name: string): void {
  res.cookies.set(EDITOR_COOKIE, name, { httpOnly: true, sameSite: 'lax', secure: secureCookies(request), path: '/' });
}
