// Preview on: /api/preview?secret=…&id=… turns on draft mode and goes to the story.
// The target is built from the store, never from the query string: no open redirect.
import { draftMode } from 'next/headers';
import { NextResponse } from 'next/server';
import { getStore } from '@/lib/content/store';
import { secretMatches } from '@/lib/http/secret';

const noStore = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

export async function GET(request: Request) {
  const expected = process.env.PREVIEW_SECRET;
  if (!expected) return new NextResponse('Not found', { status: 404, headers: noStore });
  const params = new URL(request.url).searchParams;
  if (!secretMatches(params.get('secret'), expected)) return new NextResponse('Unauthorized', { status: 401, headers: noStore });
  const id = params.get('id') ?? '';
  const article = /^[a-z0-9-]{1,120}$/.test(id) ? getStore().article(id, { preview: true }) : undefined;
  if (!article) return new NextResponse('Not found', { status: 404, headers: noStore });
  (await draftMode()).enable();
  return new NextResponse(null, { status: 307, headers: { ...noStore, Location: `/${article.locale}/${article.section}/${article.id}` } });
}
