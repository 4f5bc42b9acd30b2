// Preview off: Next's draft cookie and our session cookie both go. The banner's button
// POSTs here (a prefetch cannot end preview); a plain GET works too for editors who type
// the URL. Back to the page the editor was on when that is safe (return-path.ts), else home.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { expireSession } from '@/lib/preview/cookies';
import { returnPath } from '@/lib/preview/return-path';

async function exit(request: Request) {
  (await draftMode()).disable();
  const res = new NextResponse(null, {
    status: 303,
    headers: { Location: returnPath(request.headers.get('referer'), request.url), 'Cache-Control': PRIVATE_NO_STORE },
  });
  expireSession(res, request, { draft: false });
  return res;
}

export const GET = exit;
export const POST = exit;
