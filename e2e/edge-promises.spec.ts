// What README promises of the shipped deploy/nginx.conf, checked one by one on the file
// itself in front of a production server: it caches what the app marks cacheable (pages and
// the public "load more" JSON of /api/sections/), never a preview answer nor any other API
// answer, keeps the language cookie working per reader, and compresses.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { productionConf, startNginx, type Nginx } from '../scripts/lib/nginx';
import type { Server } from '../scripts/lib/server';
import { demoStore, reader } from './fixtures';
import { send, setCookies } from './http';
import { startApp } from './servers';

const SECRET = 'edge-promises-secret-0123456789abcdef';
let app: Server;
let edge: Nginx;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startApp('edge-promises', { TRUST_PROXY: '127.0.0.1', PREVIEW_SECRET: SECRET });
  edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${app.port}`]));
});
test.afterAll(async () => {
  await edge?.stop();
  await app?.stop();
});

/** The keys of everything nginx stored (each cache file names its key on a `KEY:` line). */
function storedKeys(): string[] {
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const m = /\nKEY: ([^\n]*)\n/.exec(fs.readFileSync(p).subarray(0, 4096).toString('latin1'));
        if (m) keys.push(m[1]!);
      }
    }
  };
  walk(path.join(edge.prefix, 'cache'));
  return keys;
}

async function editorCookie(id: string): Promise<string> {
  const on = await send(`${edge.url}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${SECRET}&id=${id}` });
  expect(on.status).toBe(303);
  return [...setCookies(on.headers).values()].map((l) => l.split(';')[0]).join('; ');
}

test('no API answer is stored at the edge but the public "load more" JSON, which is, like the pages it extends', async () => {
  const section = demoStore().sections()[0]!.id;
  const apis = [`/api/search?q=${encodeURIComponent('المغرب')}&locale=ar`, '/api/health', `/api/sections/ar/${section}?page=1`];
  for (const url of apis) for (let i = 0; i < 2; i++) expect((await send(edge.url + url)).status, url).toBe(200);
  const more = await send(`${edge.url}/api/sections/ar/${section}?page=1`);
  expect(more.headers['x-cache-status']).toBe('HIT');
  expect(more.headers['cache-control']).toMatch(/public/);
  await expect.poll(() => storedKeys().filter((k) => k.includes('/api/'))).toEqual([expect.stringMatching(new RegExp(`/api/sections/ar/${section}\\?page=1$`))]);
  // The beacon and preview answers are not even asked twice: never stored either.
  await send(`${edge.url}/api/preview?secret=wrong`);
  expect(storedKeys().filter((k) => k.includes('/api/') && !k.includes('/api/sections/'))).toEqual([]);
});

test('a preview answer is never stored, nor served to a reader', async () => {
  const store = demoStore();
  const draft = store.unpublished().find((a) => a.status === 'draft' && a.locale === 'ar')!;
  const published = store.latest({ locale: 'ar' }, 1, reader)[0]!;
  const cookie = await editorCookie(draft.id);
  const draftPath = `/${draft.locale}/${draft.section}/${draft.id}`;
  const publishedPath = `/${published.locale}/${published.section}/${published.id}`;
  for (const url of [draftPath, publishedPath, `/api/sections/ar/${published.section}?page=1`])
    for (let i = 0; i < 2; i++) {
      const r = await send(edge.url + url, { headers: { Cookie: `${cookie}; NEXT_LOCALE=ar` } });
      expect(r.status, url).toBe(200);
      expect(r.headers['x-cache-status'], url).toBe('BYPASS');
      if (!url.startsWith('/api/')) expect(r.text(), url).toContain('data-testid="preview-banner"');
    }
  // Readers after the editor: the draft is a 404 and the published story has no banner.
  expect((await send(edge.url + draftPath)).status).toBe(404);
  for (let i = 0; i < 2; i++) {
    const r = await send(edge.url + publishedPath, { headers: { Cookie: 'NEXT_LOCALE=ar' } });
    expect(r.status).toBe(200);
    expect(r.text()).not.toContain('data-testid="preview-banner"');
  }
  expect(storedKeys().filter((k) => k.endsWith(draftPath))).toEqual([]);
});

test('the language cookie: each reader gets the one of the page asked, from cached pages too, and nothing else', async () => {
  for (let i = 0; i < 2; i++) {
    const other = await send(`${edge.url}/en`, { headers: { Cookie: 'NEXT_LOCALE=ar' } });
    expect(other.status).toBe(200);
    if (i === 1) expect(other.headers['x-cache-status']).toBe('HIT');
    const cookies = setCookies(other.headers);
    expect([...cookies.keys()]).toEqual(['NEXT_LOCALE']);
    expect(cookies.get('NEXT_LOCALE')).toMatch(/^NEXT_LOCALE=en; Path=\/; Max-Age=31536000; SameSite=Lax$/);
  }
  // Already in that language: nothing to set.
  expect(setCookies((await send(`${edge.url}/en`, { headers: { Cookie: 'NEXT_LOCALE=en' } })).headers).size).toBe(0);
  // `/` follows it, and is never stored (the next reader may have another).
  for (const [lang, to] of [['en', '/en'], ['ar', '/ar']] as const) {
    const root = await send(`${edge.url}/`, { headers: { Cookie: `NEXT_LOCALE=${lang}` } });
    expect(root.status).toBe(307);
    expect(new URL(root.headers.location!, edge.url).pathname).toBe(to);
  }
  expect(storedKeys().filter((k) => k.endsWith(`${edge.port}/`))).toEqual([]);
});

test('pages, JSON and CSS go out compressed to clients that take gzip, and plain to the others', async () => {
  const section = demoStore().sections()[0]!.id;
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec((await send(`${edge.url}/ar`)).text())![1]!;
  for (const url of ['/ar', `/ar/${section}`, `/api/sections/ar/${section}?page=1`, css]) {
    const gz = await send(edge.url + url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.status, url).toBe(200);
    expect(gz.headers['content-encoding'], url).toBe('gzip');
    expect(gz.headers.vary ?? '', url).toMatch(/Accept-Encoding/i);
    const plain = await send(edge.url + url);
    expect(plain.headers['content-encoding'], url).toBeUndefined();
    // The same document (a page carries a per-request nonce, so not the same bytes), smaller.
    const inflated = zlib.gunzipSync(gz.body);
    expect(inflated.subarray(0, 60).toString('utf8'), url).toBe(plain.body.subarray(0, 60).toString('utf8'));
    expect(Math.abs(inflated.length - plain.body.length), url).toBeLessThan(200);
    expect(gz.body.length, url).toBeLessThan(plain.body.length / 2);
  }
});
