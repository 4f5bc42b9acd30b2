// POST /api/preview/share: an editor makes a share link for one story (form fields or
// JSON `id`, `hours` 1–168, default 48, and `name` once): answers `{ url, expiresAt }`,
// or, for a form sent without script, goes back to the desk where the link is listed.
import { NextResponse } from 'next/server';
import { localePath } from '@/i18n/paths';
import { getContentSource } from '@/lib/content/instance';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { unavailable } from '@/lib/http/responses';
import { makeShare } from '@/lib/preview/share/links';
import { shareUrl } from '@/lib/preview/share/paths';
import { cleanName, editorFields, fail, fromForm, keepName, keptName, MAX_NAME_CHARS } from '@/lib/preview/share/request';
import { MAX_SHARE_HOURS, MIN_SHARE_HOURS, parseHours } from '@/lib/preview/share/token';

export async function POST(request: Request) {
  return share(request).catch(unavailable);
}

async function share(request: Request) {
  const fields = await editorFields(request);
  if (fields instanceof NextResponse) return fields;
  const id = fields.get('id');
  if (!id) return fail(400, 'id is missing');
  const hours = parseHours(fields.get('hours'));
  if (hours === undefined) return fail(400, `hours must be a whole number from ${MIN_SHARE_HOURS} to ${MAX_SHARE_HOURS}`);
  const given = fields.get('name');
  const kept = await keptName();
  const name = given === null || given.trim() === '' ? kept : cleanName(given);
  if (name === undefined) return fail(400, `name must be at most ${MAX_NAME_CHARS} characters`);
  const article = /^[a-z0-9-]{1,120}$/.test(id) ? await getContentSource().article(id, { preview: true, now: Date.now() }) : undefined;
  if (!article) return fail(404, `unknown id: no story "${id.slice(0, 120)}"`);
  const link = await makeShare(article.id, hours, name);
  if (!link) return fail(429, 'too many live share links: revoke some or wait for them to end');
  const url = shareUrl(article.locale, link.token);
  const expiresAt = new Date(link.expires).toISOString();
  const back = fields.get('locale') === 'en' || fields.get('locale') === 'ar' ? (fields.get('locale') as 'ar' | 'en') : article.locale;
  const res = fromForm(request)
    ? new NextResponse(null, { status: 303, headers: { Location: `${localePath(back, '/preview')}#links-${article.id}`, 'Cache-Control': PRIVATE_NO_STORE } })
    : NextResponse.json({ url, expiresAt }, { headers: { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex' } });
  if (name && name !== kept) keepName(res, request, name);
  return res;
}
