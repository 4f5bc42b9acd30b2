// An instance on PostgreSQL needs no file of the store: `npm run test:media-db` (in `npm
// test`, after the build; skipped when SKIP_POSTGRES=1). Syncs a copy of content/ into a
// throwaway cluster, removes the copy, and starts `next start` with CONTENT_DIR naming a
// folder that does not exist. Then, asked directly:
//   - a published story's picture: 200, its bytes, type, and the ETag and Last-Modified the
//     files backend gives the same file (size and time); 304 for its ETag; HEAD its length;
//   - its resized copy (/_next/image, made now: the optimiser asks the app itself for it);
//   - a picture only an unpublished story shows, and its resized copy: 404; an editor gets it;
//   - the story's page: 200.
// Exit 1 when any check fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FileStore } from '../lib/content/files/store';
import { syncStore } from '../lib/content/postgres/sync';
import { tempDataDir } from './lib/bench-pages';
import { freshBuildCopy, mediaUrl, resizedUrl, storePictures } from './lib/media-instance';
import { startServer, type Server } from './lib/server';
import { startPostgres, type PgTestServer } from './pg-test-server';

const SECRET = 'media-db-check-preview-secret-0123456789';
let failed = false;
function check(ok: boolean, what: string, detail = ''): void {
  console.log(`${ok ? '✓' : '✗'} ${what}${!ok && detail ? `\n    ${detail}` : ''}`);
  if (!ok) failed = true;
}

async function main() {
  if (process.env.SKIP_POSTGRES === '1') {
    console.log('check-media-db: skipped (SKIP_POSTGRES is set)');
    return;
  }
  const t0 = Date.now();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-media-db-'));
  fs.cpSync('content', copy, { recursive: true });
  const store = new FileStore(copy).load();
  const { shown, hidden } = storePictures(store);
  const published = shown[0]!;
  const draft = hidden[0];
  if (!draft) throw new Error('content/ has no picture that only an unpublished story shows: add one for this check');
  const story = store.all({}, { preview: false, now: Date.now() }).find((a) => a.media?.includes(published))!;
  const original = fs.readFileSync(path.join(copy, 'media', published));
  const st = fs.statSync(path.join(copy, 'media', published));
  const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;

  let db: PgTestServer | undefined;
  let server: Server | undefined;
  const data = tempDataDir();
  try {
    db = await startPostgres();
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const r = await syncStore(pool, store);
    await pool.end();
    store.dispose();
    check(r.media.written === shown.length + hidden.length, `content:sync wrote the ${shown.length + hidden.length} pictures the stories name (${r.media.written})`);
    // Nothing of the store is left on this machine.
    fs.rmSync(copy, { recursive: true, force: true });
    const dist = freshBuildCopy('media-db');
    server = await startServer({
      NEXT_DIST_DIR: dist,
      CONTENT_BACKEND: 'postgres',
      DATABASE_URL: db.url,
      CONTENT_DIR: path.join(copy, 'not-there'),
      DATA_DIR: data,
      PREVIEW_SECRET: SECRET,
    });
    console.log(`up in ${Date.now() - t0} ms: ${server.url}, PostgreSQL ${db.port}, CONTENT_DIR missing`);

    const get = (p: string, headers: Record<string, string> = {}, method = 'GET') => fetch(server!.url + p, { method, headers, redirect: 'manual' });
    const pic = await get(mediaUrl(published));
    const bytes = Buffer.from(await pic.arrayBuffer());
    check(pic.status === 200 && bytes.equals(original), `${mediaUrl(published)}: 200 and the file's ${original.length} bytes (${pic.status}, ${bytes.length} bytes)`);
    check(pic.headers.get('content-type') === 'image/jpeg', `  Content-Type image/jpeg (${pic.headers.get('content-type')})`);
    check(pic.headers.get('etag') === etag, `  the ETag the files backend gives it, ${etag} (${pic.headers.get('etag')})`);
    check(pic.headers.get('last-modified') === new Date(st.mtimeMs).toUTCString(), `  Last-Modified the file's time (${pic.headers.get('last-modified')})`);
    check((await get(mediaUrl(published), { 'If-None-Match': etag })).status === 304, '  304 for its ETag');
    const head = await get(mediaUrl(published), {}, 'HEAD');
    check(head.status === 200 && head.headers.get('etag') === etag && (await head.arrayBuffer()).byteLength === 0, `  HEAD: 200, its ETag, no body (${head.status})`);

    const resized = await get(resizedUrl(published, 640), { Accept: 'image/webp,*/*' });
    const small = Buffer.from(await resized.arrayBuffer());
    check(
      resized.status === 200 && resized.headers.get('content-type') === 'image/webp' && small.subarray(8, 12).toString('latin1') === 'WEBP',
      `${resizedUrl(published, 640)}: 200, a WebP of ${small.length} bytes, made now (${resized.status}, ${resized.headers.get('x-nextjs-cache')})`,
    );
    check(resized.headers.get('x-nextjs-cache') === 'MISS', '  made from the picture in the database, not found in a cache');

    check((await get(mediaUrl(draft))).status === 404, `a picture only an unpublished story shows, ${mediaUrl(draft)}: 404`);
    const draftResized = await get(resizedUrl(draft, 640), { Accept: 'image/webp,*/*' });
    check(draftResized.status === 404, `  its resized copy: 404 (${draftResized.status})`);
    const enter = await fetch(`${server.url}/api/preview`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ secret: SECRET }).toString(),
    });
    const cookie = enter.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const asEditor = await get(mediaUrl(draft), { Cookie: cookie });
    check(asEditor.status === 200 && asEditor.headers.get('cache-control')?.includes('no-store') === true, `  an editor in preview gets it, never stored (${asEditor.status}, ${asEditor.headers.get('cache-control')})`);

    const page = await get(`/${story.locale}/${story.section}/${story.id}`);
    check(page.status === 200 && (await page.text()).includes(encodeURIComponent(mediaUrl(published))), `the story ${story.id}: 200, its picture on the page`);
  } finally {
    await server?.stop();
    await db?.stop();
    fs.rmSync(data, { recursive: true, force: true });
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync('.e2e/media-db', { recursive: true, force: true });
  }
  console.log(`${failed ? 'FAILED' : 'all checks passed'} in ${Date.now() - t0} ms`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
