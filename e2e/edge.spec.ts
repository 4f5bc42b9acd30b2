// deploy/nginx.conf in front of a production server of its own (TRUST_PROXY=127.0.0.1,
// as deploy/README.md says), checked over HTTP like a reader, a forger and an editor.
// One server and one nginx for the whole file; desktop project only (nothing here
// depends on a screen).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { productionConf, startNginx, type Nginx } from '../scripts/lib/nginx';
import type { Server } from '../scripts/lib/server';
import type { Article } from '../lib/content/types';
import { demoStore, reader } from './fixtures';
import { beaconFrom, send, setCookies } from './http';
import { startApp } from './servers';

const SECRET = 'edge-preview-secret-of-32-characters-or-more';
let app: Server;
let edge: Nginx;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startApp('edge', { TRUST_PROXY: '127.0.0.1', PREVIEW_SECRET: SECRET });
  // The shipped config with its access log turned on, in the format it documents.
  edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${app.port}`]).replace(/^(\s*)access_log off;$/m, '$1access_log logs/access.log sahifa;'));
});
test.afterAll(async () => {
  await edge?.stop();
  await app?.stop();
});

const published = (): Article => demoStore().latest({ locale: 'ar' }, 20, reader).at(-1)!;
const draftWithPicture = (): Article => demoStore().unpublished().find((a) => a.status === 'draft' && a.image?.src.startsWith('/media/'))!;

test('readers are told apart by the address nginx saw: forged X-Real-IP / X-Forwarded-For change nothing', async () => {
  const id = published().id;
  const forged = (i: number) => ({ 'X-Real-IP': `198.18.${i}.1`, 'X-Forwarded-For': `198.19.${i}.1, 198.20.${i}.1` });
  const statuses: number[] = [];
  const started = Date.now();
  for (let i = 1; i <= 80; i++) statuses.push((await beaconFrom(edge.url, '127.0.0.21', id, forged(i))).status);
  const accepted = statuses.filter((s) => s === 204).length;
  // 60 a minute, plus what refilled while the 80 went out (one a second), then 429. Forged
  // headers counted as readers would let all 80 through.
  const refilled = Math.ceil((Date.now() - started) / 1000) + 1;
  expect(accepted).toBeGreaterThanOrEqual(60);
  expect(accepted).toBeLessThanOrEqual(Math.min(60 + refilled, 79));
  expect(statuses.filter((s) => s === 429).length).toBe(80 - accepted);
  // Another reader (another address as nginx sees it) has a limit of its own.
  expect((await beaconFrom(edge.url, '127.0.0.22', id, forged(1))).status).toBe(204);
});

test('an unpublished story’s picture stays a 404 at the edge, even after an editor fetched it', async () => {
  const draft = draftWithPicture();
  const src = draft.image!.src;
  const optimised = `/_next/image?url=${encodeURIComponent(src)}&w=720&q=60`;
  for (const url of [src, optimised]) expect((await send(edge.url + url)).status, url).toBe(404);

  const on = await send(`${edge.url}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${SECRET}&id=${draft.id}` });
  expect(on.status).toBe(303);
  const cookie = [...setCookies(on.headers).values()].map((l) => l.split(';')[0]).join('; ');
  for (const url of [src, optimised]) {
    const editor = await send(edge.url + url, { headers: { Cookie: cookie } });
    expect(editor.status, url).toBe(200);
    expect(editor.headers['x-cache-status'], url).toBe('BYPASS');
    expect(editor.headers['cache-control'], url).toMatch(/private, no-store/);
  }
  for (const url of [src, optimised]) {
    const after = await send(edge.url + url);
    expect(after.status, url).toBe(404);
    expect(after.headers['x-cache-status'] ?? 'MISS', url).not.toBe('HIT');
  }
});

test('a published story’s picture is cached at the edge, and by browsers for a minute at most', async () => {
  const src = published().image?.src ?? demoStore().all({}, reader).find((a) => a.image?.src.startsWith('/media/'))!.image!.src;
  const first = await send(edge.url + src);
  const second = await send(edge.url + src);
  expect([first.status, second.status]).toEqual([200, 200]);
  expect(second.headers['x-cache-status']).toBe('HIT');
  expect(second.headers['cache-control']).toBe('public, max-age=60, s-maxage=30');
});

test('a stale preview session is ended through the edge too', async () => {
  const draft = draftWithPicture();
  const on = await send(`${edge.url}/api/preview?secret=${SECRET}&id=${draft.id}`);
  const bypass = setCookies(on.headers).get('__prerender_bypass')!.split(';')[0]!;
  const page = await send(`${edge.url}/${draft.locale}/${draft.section}/${draft.id}`, { headers: { Cookie: `${bypass}; NEXT_LOCALE=${draft.locale}` } });
  expect(page.status).toBe(404);
  const cookies = setCookies(page.headers);
  expect(cookies.get('__prerender_bypass')).toMatch(/Expires=Thu, 01 Jan 1970/);
  expect(cookies.get('sahifa_preview')).toMatch(/Expires=Thu, 01 Jan 1970/);
  expect(page.headers['x-preview-ended']).toBeUndefined();
});

test('the documented access log never holds the preview secret', async () => {
  const draft = draftWithPicture();
  await send(`${edge.url}/api/preview?secret=${SECRET}&id=${draft.id}`, { headers: { Referer: `${edge.url}/x?a=1&secret=${SECRET}` } });
  const log = path.join(edge.prefix, 'logs', 'access.log');
  await expect.poll(() => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '')).toContain('secret=[redacted]');
  const text = fs.readFileSync(log, 'utf8');
  expect(text).not.toContain(SECRET);
  expect(text).toMatch(/"GET \/api\/preview\?secret=\[redacted\]&id=/);
});
