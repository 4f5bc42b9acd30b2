// content:sync carries the stories' pictures into PostgreSQL (media-sync.ts): only what
// changed, a picture no story names removed after its stories, a file the rules refuse
// reported with path and reason and left out while the rest syncs. Without PostgreSQL the
// tests fail (SKIP_POSTGRES=1 skips them).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { MEDIA_MAX_BYTES } from '@/lib/media/media-rules';
import { FileStore } from '../files/store';
import { article, makeStore } from '../test-store';
import { MEDIA_CHUNK, PostgresSource } from './source';
import { syncStore } from './sync';
import { freshDatabase, syncOnce } from './test-database';

let server: PgTestServer;
const database = () => freshDatabase(server, 'media');

const JPEG = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)]);
const WEBP = Buffer.from('RIFF\0\0\0\0WEBPVP8 draft');
const img = (src: string) => ({ type: 'image', src, alt: 'صورة', width: 10, height: 10 });
const later = (file: string, s: number) => fs.utimesSync(file, new Date(), new Date(Date.now() + s * 1000));

describe.skipIf(process.env.SKIP_POSTGRES === '1')('content:sync of the pictures', () => {
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('writes only the pictures that changed, and removes one after the last story that names it', async () => {
    const url = await database();
    const dir = makeStore({
      'a.json': article({ id: 'm-a', image: { src: '/media/shared.jpg', alt: 'x', width: 10, height: 10 }, body: [img('/media/2026/own%20one.jpg')] }),
      'b.json': article({ id: 'm-b', body: [img('/media/shared.jpg')] }),
      'd.json': article({ id: 'm-d', status: 'draft', body: [img('/media/draft.webp')] }),
    });
    const media = path.join(dir, 'media');
    fs.mkdirSync(path.join(media, '2026'), { recursive: true });
    fs.writeFileSync(path.join(media, 'shared.jpg'), JPEG('shared'));
    fs.writeFileSync(path.join(media, '2026/own one.jpg'), JPEG('own'));
    fs.writeFileSync(path.join(media, 'draft.webp'), WEBP);
    fs.writeFileSync(path.join(media, 'nobody.jpg'), JPEG('named by no story'));
    const store = new FileStore(dir).load();
    const db = new PostgresSource(url);
    const held = async () => (await db.pool.query<{ file: string; size: number; mtime: string }>('SELECT file, size, mtime FROM media ORDER BY file')).rows;

    const first = await syncStore(db.pool, store);
    // The draft's picture too: editors see it in preview (mediaShown decides who gets it).
    expect(first.media).toEqual({ written: 3, removed: 0 });
    expect((await held()).map((r) => r.file)).toEqual(['2026/own one.jpg', 'draft.webp', 'shared.jpg']);
    expect(Number((await held())[0]!.mtime)).toBe(Math.floor(fs.statSync(path.join(media, '2026/own one.jpg')).mtimeMs));

    // Nothing changed: nothing read or written.
    expect((await syncStore(db.pool, store)).media).toEqual({ written: 0, removed: 0 });
    // Touched, same bytes: only the time follows (the ETag is size and time, as on files).
    later(path.join(media, 'shared.jpg'), 10);
    expect((await syncStore(db.pool, store)).media).toEqual({ written: 0, removed: 0 });
    expect(Number((await held()).find((r) => r.file === 'shared.jpg')!.mtime)).toBe(Math.floor(fs.statSync(path.join(media, 'shared.jpg')).mtimeMs));
    // New bytes: written again.
    fs.writeFileSync(path.join(media, 'shared.jpg'), JPEG('shared, retaken'));
    later(path.join(media, 'shared.jpg'), 20);
    expect((await syncStore(db.pool, store)).media).toEqual({ written: 1, removed: 0 });
    expect(await new Response((await (await db.media('shared.jpg'))!.read()) as BodyInit).text()).toMatch(/shared, retaken$/);

    // One of the two stories that name shared.jpg goes: it stays. The other goes: it goes too.
    fs.rmSync(path.join(dir, 'articles/a.json'));
    store.refreshFile('articles/a.json');
    expect((await syncStore(db.pool, store)).media).toEqual({ written: 0, removed: 1 });
    expect((await held()).map((r) => r.file)).toEqual(['draft.webp', 'shared.jpg']);
    fs.rmSync(path.join(dir, 'articles/b.json'));
    store.refreshFile('articles/b.json');
    const last = await syncStore(db.pool, store);
    expect(last).toMatchObject({ removed: 1, media: { written: 0, removed: 1 } });
    expect(await db.media('shared.jpg')).toBeUndefined();
    store.dispose();
    await db.dispose();
  }, 60_000);

  it('sends a picture larger than one read in pieces, the same bytes', async () => {
    const url = await database();
    const dir = makeStore({ 'a.json': article({ id: 'big-a', body: [img('/media/big.png')] }) });
    fs.mkdirSync(path.join(dir, 'media'));
    const big = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 2.5 * MEDIA_CHUNK }, (_, i) => (i * 7919) % 251))]);
    fs.writeFileSync(path.join(dir, 'media/big.png'), big);
    const store = new FileStore(dir).load();
    const db = new PostgresSource(url);
    await syncStore(db.pool, store);
    const m = (await db.media('big.png'))!;
    const body = await m.read();
    expect(body).toBeInstanceOf(ReadableStream);
    const got = Buffer.from(await new Response(body as BodyInit).arrayBuffer());
    expect(got.length).toBe(big.length);
    expect(got.equals(big)).toBe(true);
    store.dispose();
    await db.dispose();
  }, 60_000);

  it('reports a picture over the limit, not what its name says, or badly named, with path and reason; leaves it out and syncs the rest', async () => {
    const url = await database();
    const dir = makeStore({
      'a.json': article({ id: 'bad-a', body: [img('/media/ok.jpg'), img('/media/photo.png'), img('/media/huge.jpg')] }),
      'b.json': article({ id: 'bad-b', body: [img('/media/bad%24name.jpg')] }),
    });
    const media = path.join(dir, 'media');
    fs.mkdirSync(media);
    fs.writeFileSync(path.join(media, 'ok.jpg'), JPEG('ok'));
    fs.writeFileSync(path.join(media, 'photo.png'), JPEG('a jpeg named png'));
    fs.writeFileSync(path.join(media, 'huge.jpg'), JPEG('huge'));
    fs.truncateSync(path.join(media, 'huge.jpg'), MEDIA_MAX_BYTES + 1); // sparse: never read
    fs.writeFileSync(path.join(media, 'bad$name.jpg'), JPEG('bad name'));
    const r = syncOnce(url, dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error\s+media\/huge\.jpg: is 20\.0 MB, over the 20 MB limit for a picture: left out/);
    expect(r.out).toMatch(/error\s+media\/photo\.png: is not a PNG image, as its extension says/);
    expect(r.out).toMatch(/error\s+media\/bad\$name\.jpg: has a name outside the allowed characters/);
    expect(r.out).toMatch(/2 added, 0 updated, 0 removed, sections changed, pictures: 1 written, 0 removed; 3 problem\(s\)/);
    const db = new PostgresSource(url);
    expect((await db.media('ok.jpg'))?.size).toBe(JPEG('ok').length);
    for (const bad of ['photo.png', 'huge.jpg', 'bad$name.jpg']) expect(await db.media(bad), bad).toBeUndefined();
    expect((await db.problems()).map((p) => p.file)).toEqual(['media/bad$name.jpg', 'media/huge.jpg', 'media/photo.png']);

    // A picture already in the database that turns bad is removed, not served stale.
    fs.writeFileSync(path.join(media, 'ok.jpg'), 'not a picture any more');
    later(path.join(media, 'ok.jpg'), 10);
    const store = new FileStore(dir).load();
    const again = await syncStore(db.pool, store);
    expect(again.media).toEqual({ written: 0, removed: 1 });
    expect(again.mediaProblems).toContainEqual({ file: 'media/ok.jpg', field: '', level: 'error', reason: expect.stringMatching(/^is not a JPEG image/) });
    expect(await db.media('ok.jpg')).toBeUndefined();
    store.dispose();
    await db.dispose();
  }, 60_000);
});
