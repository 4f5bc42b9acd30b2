// Preview off: Next's draft cookie and our session cookie both go. The banner's button
// POSTs here (a prefetch cannot end preview); a plain GET works too for editors who type
// the URL. Only a navigation from our own pages (or typed) ends it (lib/preview/may-change.ts). Back to the page the editor was on when that is safe (return-path.ts), else home.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { ownOrigins } from '@/lib/http/same-origin';
import { expireSession } from '@/lib/preview/cookies';
import { mayChangePreview } from '@/lib/preview/may-change';
import { returnPath } from '@/lib/preview/return-path';

async function exit(request: Request) {
  // Another site's link, form, picture or fetch ends nobody's preview.
  if (!mayChangePreview(request))
    return new NextResponse('Forbidden: preview ends from this site’s own pages', { status: 403, headers: { 'Cache-Control': PRIVATE_NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
  (await draftMode()).disable();
  const res = new NextResponse(null, {
    status: 303,
    headers: { Location: returnPath(request.headers.get('referer'), ...ownOrigins(request)), 'Cache-Control': PRIVATE_NO_STORE },
  });
  expireSession(res, request, { draft: false });
  return res;
}

export const GET = exit;
export const POST = exit;
