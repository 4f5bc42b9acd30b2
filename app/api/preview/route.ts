// Preview on: /api/preview?secret=…&id=… turns on draft mode and goes to the story.
// The target is built from the store, never from the query string: no open redirect.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { getContentSource } from '@/lib/content/instance';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { secretMatches } from '@/lib/http/secret';
import { localePath } from '@/i18n/paths';
import { storyPath } from '@/lib/paths';

const noStore = { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex' };

export async function GET(request: Request) {
  const expected = process.env.PREVIEW_SECRET;
  if (!expected) return new NextResponse('Not found', { status: 404, headers: noStore });
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get('secret'), expected)) return new NextResponse('Unauthorized', { status: 401, headers: noStore });
  const id = params.get('id') ?? '';
  const article = /^[a-z0-9-]{1,120}$/.test(id) ? await getContentSource().article(id, { preview: true, now: Date.now() }) : undefined;
  if (!article) return new NextResponse('Not found', { status: 404, headers: noStore });
  (await draftMode()).enable();
  return new NextResponse(null, { status: 307, headers: { ...noStore, Location: localePath(article.locale, storyPath(article)) } });
}
