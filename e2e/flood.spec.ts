// A stranger's flood of made-up requests, on a production server of its own: 1,200 junk page
// numbers and parameters, and 200 distinct searches (the memory such floods could hold is
// checked in process, with thousands: lib/http/outage.test.ts, lib/search/byte-cache.test.ts). Nothing of it may reach the
// page cache on disk (a parameter a route does not take is ignored: `/ar/rss.xml?page=junk`
// was rewritten to a section page route, ~36 KB on disk per junk value, whenever Next served
// the proxy's rewrite in place, as it does on `next start -H localhost`, on either backend);
// searches past SEARCH_RATE_PER_MINUTE get 429 with Retry-After. Desktop project only.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Server } from '../scripts/lib/server';
import { demoStore } from './fixtures';
import { startApp } from './servers';

let app: Server;
let dist: string;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startApp('flood', { SEARCH_RATE_PER_MINUTE: '30' });
  dist = path.resolve('.e2e', 'flood', 'next');
});
test.afterAll(async () => {
  await app?.stop();
});

/** Files and bytes of the page cache the server writes as it renders (Next's route cache, in its build copy). */
function pageCache(): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += fs.statSync(p).size;
      }
    }
  };
  walk(path.join(dist, 'server'));
  return { files, bytes };
}

/** `count` requests, 4 at a time, each answer checked. */
async function flood(count: number, url: (i: number) => string, check: (res: Response, i: number) => Promise<void> | void): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) {
        const i = next++;
        const res = await fetch(app.url + url(i), { redirect: 'manual' });
        await check(res, i);
        await res.arrayBuffer();
      }
    }),
  );
}

test('junk parameters write nothing to the page cache', async () => {
  test.setTimeout(240_000);
  const section = demoStore().sections()[0]!.id;
  // Each page once, so what a first request writes (the pages themselves) is not counted.
  for (const p of ['/ar', '/ar/rss.xml', '/en/manifest.webmanifest', `/ar/${section}/rss.xml`]) expect((await fetch(app.url + p)).status, p).toBe(200);
  const before = pageCache();

  const junk = (i: number) => `${i}-`.padEnd(8192, 'x');
  await flood(400, (i) => `/ar?page=${junk(i)}`, (res) => expect(res.status).toBe(200));
  await flood(300, (i) => `/ar/rss.xml?page=junk${i}`, (res) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
  });
  await flood(300, (i) => `/en/manifest.webmanifest?page=${i + 2}`, (res) => expect(res.status).toBe(200));
  await flood(100, (i) => `/ar/${section}/rss.xml?view=both&page=${i}`, (res) => expect(res.status).toBe(200));
  // Made-up page numbers of a section: a 404 that is never stored.
  await flood(100, (i) => `/ar/${section}?page=junk${i}`, (res) => {
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
  });

  const after = pageCache();
  // The first request of /ar after the start may refresh its copy (a stamp, lib/cache): a handful of files.
  expect(after.files - before.files, 'files written to the page cache').toBeLessThanOrEqual(6);
  expect(after.bytes - before.bytes, 'bytes written to the page cache').toBeLessThan(200 * 1024);
});

test('searches past the limit get 429 with Retry-After, on the API and the search page; the query length is capped', async () => {
  test.setTimeout(120_000);
  let allowed = 0;
  await flood(200, (i) => `/api/search?q=${encodeURIComponent(`كلمة${i}x`)}&locale=ar`, (res) => {
    if (res.status === 200) return void allowed++;
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
  });
  // A burst of 30, and one more every 2 s while the flood lasts.
  expect(allowed).toBeGreaterThanOrEqual(30);
  expect(allowed).toBeLessThan(30 + 60);

  const page = await fetch(`${app.url}/ar/search?q=${encodeURIComponent('المغرب')}`);
  expect(page.status).toBe(429);
  expect(page.headers.get('retry-after')).toBe('2');
  const html = await page.text();
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain('data-testid="search-limited"');
  // Input errors cost nothing and are answered as before, limit or not.
  expect((await fetch(`${app.url}/api/search?q=${'x'.repeat(201)}&locale=en`)).status).toBe(400);
  const long = await fetch(`${app.url}/en/search?q=${'x'.repeat(5000)}`);
  expect(long.status).toBe(200);
  expect(await long.text()).toContain('That search is too long');
});
