// GET /media/<file>: a story's picture, from the content source (the store's media folder
// CONTENT_DIR/media on files; the `media` table content:sync fills on PostgreSQL).
// Readers get it while a story that shows it is visible, cacheable for a short while only
// (MEDIA_CACHE: a withdrawn story's pictures leave with it); otherwise it does not exist for
// them (404, never stored by a cache), whatever they guess. Editors in preview get every story's pictures, never cached (the
// optimiser's requests carry no cookies: proxy.ts sends an editor's to this route).
// Site assets (public/media/og-default.jpg) are served from public/ before this route.
import { getContentSource } from '@/lib/content/instance';
import { readers } from '@/lib/content/types';
import { MEDIA_CACHE, NO_STORE, PRIVATE_NO_STORE } from '@/lib/http/cache';
import { isMediaPath } from '@/lib/media/media-rules';
import { previewActive } from '@/lib/preview/session';
import { sharedMediaFile } from '@/lib/preview/share/media';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });

async function serve(request: Request, { params }: RouteContext<'/media/[...path]'>, head: boolean): Promise<Response> {
  const parts = (await params).path;
  // A share link's picture (/media/_shared/<token>/<file>): the link's story shows it, or nothing.
  const shared = await sharedMediaFile(parts);
  if (shared === null) return notFound();
  const rel = shared ?? parts.join('/');
  if (!isMediaPath(rel)) return notFound();
  const source = getContentSource();
  const now = Date.now();
  const preview = shared !== undefined || (await previewActive());
  // Readers: a visible story shows it. Editors: any story does (a file no story shows is nobody's).
  if (shared === undefined && !(await source.mediaShown(rel, { preview, now }))) return notFound();
  const file = await source.media(rel);
  if (!file) return notFound();
  const etag = `"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = {
    // An editor's copy is never stored: not by the edge, not by the browser.
    'Cache-Control': preview ? PRIVATE_NO_STORE : MEDIA_CACHE,
    'Content-Type': file.type,
    ETag: etag,
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
  };
  if (preview && !(await source.mediaShown(rel, readers(now)))) headers['X-Robots-Tag'] = 'noindex';
  if (head || request.headers.get('if-none-match') === etag) {
    await file.close();
    return new Response(null, { status: head ? 200 : 304, headers: head ? { ...headers, 'Content-Length': String(file.size) } : headers });
  }
  const body = await file.read();
  if (!body) return notFound();
  return new Response(body as BodyInit, { headers: { ...headers, 'Content-Length': String(file.size) } });
}

export const GET = (request: Request, ctx: RouteContext<'/media/[...path]'>) => serve(request, ctx, false);
export const HEAD = (request: Request, ctx: RouteContext<'/media/[...path]'>) => serve(request, ctx, true);
