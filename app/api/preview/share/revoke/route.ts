// POST /api/preview/share/revoke: an editor ends a share link (form field or JSON `url`),
// at once and on every instance (the link store is shared: lib/preview/share/store.ts).
import { NextResponse } from 'next/server';
import { localePath } from '@/i18n/paths';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { unavailable } from '@/lib/http/responses';
import { revokeShare } from '@/lib/preview/share/links';
import { tokenOfUrl } from '@/lib/preview/share/paths';
import { editorFields, fail, fromForm } from '@/lib/preview/share/request';

export async function POST(request: Request) {
  return revoke(request).catch(unavailable);
}

async function revoke(request: Request) {
  const fields = await editorFields(request);
  if (fields instanceof NextResponse) return fields;
  const url = fields.get('url');
  if (!url) return fail(400, 'url is missing');
  const token = tokenOfUrl(url);
  if (!token) return fail(400, 'url is not a share link');
  if (!(await revokeShare(token))) return fail(404, 'no such live share link (expired, revoked, or never made here)');
  const back = fields.get('locale') === 'en' ? 'en' : 'ar';
  return fromForm(request)
    ? new NextResponse(null, { status: 303, headers: { Location: localePath(back, '/preview'), 'Cache-Control': PRIVATE_NO_STORE } })
    : NextResponse.json({ revoked: true }, { headers: { 'Cache-Control': PRIVATE_NO_STORE } });
}
