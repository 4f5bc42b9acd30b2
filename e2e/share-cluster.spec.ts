// Share links across instances and time, through the shipped edge: two `next start` on one
// build sharing Redis behind deploy/nginx.conf (a revocation made on one ends the link on
// the other within 5 s, and nginx stores nothing of it), a third whose clock runs 3 hours
// ahead (libfaketime: the link has expired there), a fourth with another PREVIEW_SECRET
// (every link has ended there), and a story published or deleted after it was shared.
// Its own store copy and servers; desktop project only.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { productionConf, startNginx, type Nginx } from '../scripts/lib/nginx';
import { startRedis, type RedisTestServer } from '../scripts/redis-test-server';
import { startServer, type Server } from '../scripts/lib/server';
import { FileStore } from '../lib/content/files/store';
import type { Article } from '../lib/content/types';
import { DEMO_DIR } from './fixtures';
import { send, setCookies } from './http';
import { buildCopy } from './servers';

const SECRET = 'share-cluster-secret-0123456789-abcdef';
const OTHER_SECRET = 'share-cluster-another-secret-9876543210';
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const ROOT = path.resolve('.e2e/share-cluster');
const CONTENT = path.join(ROOT, 'content');

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

let redis: RedisTestServer | undefined;
const servers: Server[] = [];
let a: Server, b: Server, ahead: Server, rekeyed: Server;
let edge: Nginx | undefined;
let cookie = '';

const store = () => new FileStore(CONTENT).load();
const drafts = (): Article[] => store().unpublished().filter((x) => x.status === 'draft');

test.beforeAll(async () => {
  test.setTimeout(240_000);
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.cpSync(DEMO_DIR, CONTENT, { recursive: true });
  redis = await startRedis();
  const dist = buildCopy('share-cluster');
  const env = (name: string, extra: Record<string, string> = {}) => {
    const data = path.join(ROOT, `data-${name}`);
    fs.mkdirSync(data, { recursive: true });
    return { NEXT_DIST_DIR: dist, CONTENT_DIR: CONTENT, DATA_DIR: data, VIEWS_REDIS_URL: redis!.url, VIEWS_REDIS_PREFIX: 'share-e2e:', PREVIEW_SECRET: SECRET, SITE_URL: '', ...extra };
  };
  [a, b] = await Promise.all([startServer(env('a')), startServer(env('b'))]);
  servers.push(a, b);
  [ahead, rekeyed] = await Promise.all([
    startServer(env('ahead', { LD_PRELOAD: FAKETIME_LIB, FAKETIME: '+3h', FAKETIME_DONT_FAKE_MONOTONIC: '1' })),
    startServer(env('rekeyed', { PREVIEW_SECRET: OTHER_SECRET })),
  ]);
  servers.push(ahead, rekeyed);
  edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]));
  const on = await send(`${a.url}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${SECRET}` });
  cookie = [...setCookies(on.headers).values()].map((l) => l.split(';')[0]).join('; ');
});

test.afterAll(async () => {
  await edge?.stop();
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.stop();
});

async function share(id: string, hours = 48): Promise<string> {
  const res = await send(`${a.url}/api/preview/share`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: `id=${id}&hours=${hours}&name=Cluster` });
  expect(res.status, res.text()).toBe(200);
  return new URL((JSON.parse(res.text()) as { url: string }).url).pathname;
}

/** Asks until `fn` holds, for at most `ms` (the bound the product promises). */
async function within(ms: number, fn: () => Promise<boolean>): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await fn()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a link made on one instance opens on the other and through the edge, is never stored there, and a revocation ends it everywhere within 5 s', async () => {
  const draft = drafts().find((x) => x.image?.src.startsWith('/media/'))!;
  const link = await share(draft.id);
  for (const s of [a, b]) {
    const res = await send(`${s.url}${link}`);
    expect(res.status).toBe(200);
    expect(res.text()).toContain(draft.title.replace(/"/g, '&quot;').slice(0, 20));
  }
  // Through nginx: asked again and again, never a cached copy; the same for its pictures.
  const html = (await send(`${edge!.url}${link}`)).text();
  const picture = /\/_next\/image\?url=%2Fmedia%2F_shared%2F[^"&]+&amp;w=\d+&amp;q=\d+/.exec(html)?.[0]?.replace(/&amp;/g, '&');
  expect(picture, 'the shared page shows its picture through the link').toBeTruthy();
  for (const url of [link, picture!]) {
    for (let i = 0; i < 3; i++) {
      const res = await send(`${edge!.url}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status, url).toBe(200);
      expect(res.headers['cache-control'], url).toMatch(/no-store/);
      expect(res.headers['x-cache-status'] ?? 'none', url).not.toBe('HIT');
    }
  }
  expect((await send(`${edge!.url}${link}`)).headers['referrer-policy']).toBe('no-referrer');
  // Readers through the edge: nothing of the draft.
  expect((await send(`${edge!.url}/${draft.locale}/${draft.section}/${draft.id}`)).status).toBe(404);
  expect((await send(`${edge!.url}${draft.image!.src}`)).status).toBe(404);

  const revoked = await send(`${a.url}/api/preview/share/revoke`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: `url=${encodeURIComponent(link)}` });
  expect(revoked.status).toBe(200);
  expect(await within(5000, async () => (await send(`${b.url}${link}`)).status === 410), 'ended on the other instance within 5 s').toBe(true);
  const ended = await send(`${edge!.url}${link}`);
  expect(ended.status).toBe(410);
  expect(ended.text()).not.toContain(draft.title);
  expect((await send(`${edge!.url}${picture!}`)).status).toBe(404);
});

test('a link has expired on an instance whose clock has passed its end (a test clock)', async () => {
  const draft = drafts()[0]!;
  const short = await share(draft.id, 1);
  const long = await share(draft.id, 48);
  expect((await send(`${a.url}${short}`)).status).toBe(200);
  expect((await send(`${ahead.url}${short}`)).status).toBe(410);
  // The same instance still opens a link that has not ended by its clock.
  expect((await send(`${ahead.url}${long}`)).status).toBe(200);
});

test('changing PREVIEW_SECRET ends every link', async () => {
  const draft = drafts()[0]!;
  const link = await share(draft.id);
  expect((await send(`${b.url}${link}`)).status).toBe(200);
  const res = await send(`${rekeyed.url}${link}`);
  expect(res.status).toBe(410);
  expect(res.text()).not.toContain(draft.title);
});

test('a link leads to the story once it is published, and ends when the story is deleted', async () => {
  const draft = drafts().find((x) => !x.image)!;
  const link = await share(draft.id);
  expect((await send(`${a.url}${link}`)).status).toBe(200);
  const file = path.join(CONTENT, draft.file);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, JSON.stringify({ ...json, status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() }, null, 2));
  const storyPath = `/${draft.locale}/${draft.section}/${draft.id}`;
  expect(await within(15_000, async () => (await send(`${b.url}${link}`)).headers.location === storyPath), 'redirects to the published page').toBe(true);
  expect((await send(`${b.url}${link}`)).status).toBe(307);
  fs.rmSync(file);
  expect(await within(15_000, async () => (await send(`${a.url}${link}`)).status === 410), 'ended once deleted').toBe(true);
});
