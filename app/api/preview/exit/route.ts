// Preview off. The banner's button POSTs here (a prefetch cannot end preview); a plain
// GET works too for editors who type the URL. Back to the page the editor was on.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';

async function exit(request: Request) {
  (await draftMode()).disable();
  let to = '/';
  const referer = request.headers.get('referer');
  if (referer) {
    const from = new URL(referer);
    // Same origin only, and never back into the editors' desk.
    if (from.host === new URL(request.url).host && !/^\/(ar|en)\/preview\/?$/.test(from.pathname)) to = from.pathname;
  }
  return new NextResponse(null, { status: 303, headers: { Location: to, 'Cache-Control': PRIVATE_NO_STORE } });
}

export const GET = exit;
export const POST = exit;
