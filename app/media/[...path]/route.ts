// GET /media/<file>: a story's picture, from the store's media folder (CONTENT_DIR/media).
// Readers get it once a story that uses it is visible, then cacheable for a year like any
// immutable asset; before that it does not exist for them (404, never stored by a cache),
// whatever they guess. Editors in preview get every story's pictures, never cached (the
// optimiser's requests carry no cookies: proxy.ts sends an editor's to this route).
// Site assets (public/media/og-default.jpg) are served from public/ before this route.
import { Readable } from 'node:stream';
import { getStore } from '@/lib/content/store';
import { mediaIndexFor } from '@/lib/media/media-index';
import { isMediaPath, mediaDir, openMedia } from '@/lib/media/media-file';
import { previewActive } from '@/lib/preview/session';

export const dynamic = 'force-dynamic';

const PUBLIC = 'public, max-age=31536000, immutable';
const PRIVATE = 'private, no-store';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' } });

async function serve(request: Request, { params }: RouteContext<'/media/[...path]'>, head: boolean): Promise<Response> {
  const rel = (await params).path.join('/');
  if (!isMediaPath(rel)) return notFound();
  const store = getStore();
  const index = mediaIndexFor(store);
  if (index.usersOf(rel).size === 0) return notFound();
  const visible = index.isPublic(rel);
  const preview = await previewActive();
  if (!visible && !preview) return notFound();
  const file = await openMedia(mediaDir(store.root), rel);
  if (!file) return notFound();
  const etag = `"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
  const headers = {
    // An editor's copy is never stored: not by the edge, not by the browser.
    'Cache-Control': preview ? PRIVATE : PUBLIC,
    'Content-Type': file.type,
    ETag: etag,
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
    ...(visible ? {} : { 'X-Robots-Tag': 'noindex' }),
  };
  if (head || request.headers.get('if-none-match') === etag) {
    await file.handle.close();
    return new Response(null, { status: head ? 200 : 304, headers: head ? { ...headers, 'Content-Length': String(file.size) } : headers });
  }
  const body = Readable.toWeb(file.handle.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...headers, 'Content-Length': String(file.size) } });
}

export const GET = (request: Request, ctx: RouteContext<'/media/[...path]'>) => serve(request, ctx, false);
export const HEAD = (request: Request, ctx: RouteContext<'/media/[...path]'>) => serve(request, ctx, true);
