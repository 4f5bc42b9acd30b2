// Preview on, for an editor who knows PREVIEW_SECRET: starts a session (lib/preview) and
// goes to the story, or to the desk when no id is given.
//   POST /api/preview   form fields (or JSON) secret, id, locale: the secret stays out of
//                        every URL, so out of history, logs and Referer headers
//   GET  /api/preview?secret=…&id=…   the store format's link, kept for editors' tools: a
//                        one-time redirect to a URL without the secret
// The target is built from the store, never from the request: no open redirect. Attempts
// with a wrong secret are limited per address (lib/preview/attempts.ts).
import { NextResponse } from 'next/server';
import { localePath } from '@/i18n/paths';
import { getContentSource } from '@/lib/content/instance';
import { readAtMost } from '@/lib/http/body';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { secretMatches } from '@/lib/http/secret';
import { storyPath } from '@/lib/paths';
import { attemptWait, recordFailure } from '@/lib/preview/attempts';
import { isNavigation } from '@/lib/preview/may-change';
import { startSession } from '@/lib/preview/session';
import { previewSecret } from '@/lib/preview/token';

const MAX_FORM_BYTES = 2048;
const noStore = { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex' };
const text = (body: string, status: number) => new NextResponse(body, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } });

type Fields = { secret: string | null; id: string | null; locale: string | null };

async function enter(request: Request, fields: Fields, status: 303 | 307): Promise<NextResponse> {
  const expected = previewSecret();
  if (!expected) return text('Not found', 404);
  // A fetch, picture or frame starts nothing; a link from an editors' tool on another site may.
  if (!isNavigation(request)) return text('Forbidden: open this address in the browser', 403);
  const wait = attemptWait(request);
  if (wait) return new NextResponse('Too many attempts; try again later', { status: 429, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(wait) } });
  if (!secretMatches(fields.secret, expected)) {
    recordFailure(request);
    return text('Unauthorized', 401);
  }
  let target: string;
  if (fields.id) {
    const article = /^[a-z0-9-]{1,120}$/.test(fields.id) ? await getContentSource().article(fields.id, { preview: true, now: Date.now() }) : undefined;
    if (!article) return text('Not found', 404);
    target = localePath(article.locale, storyPath(article));
  } else {
    target = localePath(fields.locale === 'en' ? 'en' : 'ar', '/preview');
  }
  const res = new NextResponse(null, { status, headers: { ...noStore, Location: target } });
  await startSession(res, request, expected);
  return res;
}

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  return enter(request, { secret: q.get('secret'), id: q.get('id'), locale: q.get('locale') }, 307);
}

export async function POST(request: Request) {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return text('Send a form or JSON', 415);
  const body = await readAtMost(request, MAX_FORM_BYTES);
  if (body === undefined) return text('Body too large', 413);
  let fields: Fields;
  if (type === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return text('Body is not JSON', 400);
    }
    const field = (k: string) => {
      const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[k] : undefined;
      return typeof v === 'string' ? v : null;
    };
    fields = { secret: field('secret'), id: field('id'), locale: field('locale') };
  } else {
    const form = new URLSearchParams(body);
    fields = { secret: form.get('secret'), id: form.get('id'), locale: form.get('locale') };
  }
  return enter(request, fields, 303);
}
