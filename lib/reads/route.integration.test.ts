// The beacon route with the file store, end to end in this process: the POST handler
// from app/api/views, a real content store and DATA_DIR on disk, draft mode mocked.
// Requests carry their socket address the way the server stamps it (test-fixtures.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileViewStore } from './file-store';
import { BROWSER_UA, beacon, FIXTURE_IDS, makeFileStore } from './test-fixtures';

// Next's draft mode and the editor's session cookie, as the request would carry them.
const draft = vi.hoisted(() => ({ on: false, session: undefined as string | undefined }));
vi.mock('next/headers', () => ({
  draftMode: async () => ({ isEnabled: draft.on }),
  cookies: async () => ({ get: (name: string) => (name === 'sahifa_preview' && draft.session ? { value: draft.session } : undefined) }),
}));
const { signSession } = await import('@/lib/preview/token');

const { POST } = await import('@/app/api/views/route');
const { closeViews, getViews } = await import('./instance');
const { topIds } = await import('./top');
const { mostRead } = await import('@/lib/loaders/shared');
const { getContentSource } = await import('@/lib/content/instance');

const saved = { ...process.env };
let contentDir: string;
let dataDir: string;

beforeAll(() => {
  contentDir = makeFileStore();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-data-'));
  Object.assign(process.env, { CONTENT_DIR: contentDir, DATA_DIR: dataDir, SAHIFA_WATCH: 'off', VIEWS_FLUSH_MS: '60000', PREVIEW_SECRET: 'route-test-secret' });
  delete process.env.TRUST_PROXY;
  delete process.env.VIEWS_REDIS_URL;
  delete process.env.VIEWS_WINDOW_DAYS;
});

afterAll(async () => {
  await closeViews();
  process.env = saved;
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const counted = () => (getViews().store as FileViewStore).sum();

async function expectError(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = await res.json();
  expect(typeof body.error).toBe('string');
}

describe('POST /api/views with the file store', () => {
  it('counts a read and shows it to the next ranking in this process', async () => {
    const res = await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.1'));
    expect(res.status).toBe(204);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('');
    expect(counted()).toBe(1);
    expect(await topIds('ar', 5)).toEqual([FIXTURE_IDS.arOld]);
    // Most read puts the read story before the newer unread one.
    const vis = { preview: false, now: Date.now() };
    expect((await mostRead(getContentSource(), 'ar', 2, vis, getContentSource().latest({ locale: 'ar' }, 4, vis))).map((a) => a.id)).toEqual([FIXTURE_IDS.arOld, FIXTURE_IDS.arNew]);
  });

  it('takes application/json too, and counts per locale', async () => {
    const res = await POST(beacon({ id: FIXTURE_IDS.en }, '203.0.113.1', { 'content-type': 'application/json' }));
    expect(res.status).toBe(204);
    expect(await topIds('en', 5)).toEqual([FIXTURE_IDS.en]);
    expect(await topIds('ar', 5)).toEqual([FIXTURE_IDS.arOld]);
  });

  it('answers a repeat with 204 but does not count it, whatever user agent it sends', async () => {
    const before = counted();
    expect((await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.1'))).status).toBe(204);
    expect(counted()).toBe(before);
    for (let i = 0; i < 5; i++) {
      const res = await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.1', { 'user-agent': `${BROWSER_UA} Edg/${140 + i}` }));
      expect(res.status).toBe(204);
    }
    expect(counted()).toBe(before);
    // Another address is another reader.
    expect((await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.99'))).status).toBe(204);
    expect(counted()).toBe(before + 1);
  });

  it('takes an IPv6 /64 for one reader: new addresses in it neither count again nor get a new rate limit', async () => {
    const before = counted();
    for (const a of ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff::7']) expect((await POST(beacon({ id: FIXTURE_IDS.en }, a))).status).toBe(204);
    expect(counted()).toBe(before + 1);
    expect((await POST(beacon({ id: FIXTURE_IDS.en }, '2001:db8:1:3::1'))).status).toBe(204);
    expect(counted()).toBe(before + 2);
  });

  it('believes no forwarding header without TRUST_PROXY: 80 forged X-Real-IP / X-Forwarded-For are one client', async () => {
    const before = counted();
    const statuses: number[] = [];
    for (let i = 1; i <= 80; i++) {
      const forged = { 'x-real-ip': `198.18.${i}.1`, 'x-forwarded-for': `198.19.${i}.1` };
      statuses.push((await POST(beacon({ id: FIXTURE_IDS.arNew }, '192.0.2.50', forged))).status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 204)).toBe(true);
    expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
    expect(counted()).toBe(before + 1);
  });

  it('with TRUST_PROXY, takes the address the trusted proxy added, not one the client wrote', async () => {
    const before = counted();
    try {
      process.env.TRUST_PROXY = '127.0.0.1';
      // nginx (127.0.0.1) passes the client's own address last; whatever came before is the client's.
      for (let i = 1; i <= 3; i++) await POST(beacon({ id: FIXTURE_IDS.arNew }, '127.0.0.1', { 'x-forwarded-for': `198.18.${i}.1, 203.0.113.40` }));
      expect(counted()).toBe(before + 1);
      await POST(beacon({ id: FIXTURE_IDS.arNew }, '127.0.0.1', { 'x-forwarded-for': '203.0.113.41' }));
      expect(counted()).toBe(before + 2);
      // A client that reaches the app directly, not through the proxy: its socket counts.
      for (let i = 1; i <= 3; i++) await POST(beacon({ id: FIXTURE_IDS.arNew }, '192.0.2.77', { 'x-forwarded-for': `198.18.${i}.9` }));
      expect(counted()).toBe(before + 3);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' }],
    ['a foreign Origin', { origin: 'https://elsewhere.example' }],
    ['Origin: null', { origin: 'null' }],
    ['a foreign Origin that claims same-origin', { 'sec-fetch-site': 'same-origin', origin: 'http://localhost.elsewhere.example' }],
  ])('refuses a beacon from another website (%s) with 403, uncounted', async (_what, headers) => {
    const before = counted();
    await expectError(await POST(beacon({ id: FIXTURE_IDS.en }, '203.0.113.60', headers)), 403);
    expect(counted()).toBe(before);
  });

  it("takes a beacon from the site's own pages", async () => {
    const before = counted();
    const res = await POST(beacon({ id: FIXTURE_IDS.en }, '203.0.113.61', { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' }));
    expect(res.status).toBe(204);
    expect(counted()).toBe(before + 1);
  });

  it.each([
    ["an editor's preview", {}, true],
    ['Purpose: prefetch', { purpose: 'prefetch' }, false],
    ['Sec-Purpose: prefetch', { 'sec-purpose': 'prefetch;prerender' }, false],
    ['a crawler', { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)' }, false],
  ])('ignores %s (204, not counted)', async (_what, headers, preview) => {
    draft.on = preview;
    draft.session = preview ? signSession('route-test-secret') : undefined;
    const before = counted();
    try {
      const res = await POST(beacon({ id: FIXTURE_IDS.arNew }, '203.0.113.2', headers));
      expect(res.status).toBe(204);
    } finally {
      draft.on = false;
      draft.session = undefined;
    }
    expect(counted()).toBe(before);
  });

  it("counts a reader whose draft cookie outlived the editor's session", async () => {
    draft.on = true;
    draft.session = signSession('an old secret');
    const before = counted();
    try {
      expect((await POST(beacon({ id: FIXTURE_IDS.arNew }, '203.0.113.3'))).status).toBe(204);
    } finally {
      draft.on = false;
      draft.session = undefined;
    }
    expect(counted()).toBe(before + 1);
  });

  it.each([
    ['an unknown id', 'no-such-story'],
    ['a draft', FIXTURE_IDS.draft],
    ['a scheduled story', FIXTURE_IDS.scheduled],
  ])('refuses %s with 404', async (_what, id) => {
    const before = counted();
    await expectError(await POST(beacon({ id }, '203.0.113.3')), 404);
    expect(counted()).toBe(before);
  });

  it.each([
    ['bad JSON', '{"id":'],
    ['a missing id', '{"story":"x"}'],
    ['an id of the wrong type', '{"id":["x"]}'],
    ['a body over 1 KB', JSON.stringify({ id: FIXTURE_IDS.arNew, pad: 'x'.repeat(1100) })],
  ])('answers %s with 400, never 500', async (_what, body) => {
    await expectError(await POST(beacon(body, '203.0.113.4')), 400);
  });

  it('limits one address to 60 beacons a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await POST(beacon({ id: FIXTURE_IDS.arNew }, '198.51.100.9'))).status);
    expect(statuses.slice(0, 60).every((s) => s === 204)).toBe(true);
    const limited = await POST(beacon({ id: FIXTURE_IDS.arNew }, '198.51.100.9'));
    expect(limited.headers.get('retry-after')).toBe('60');
    await expectError(limited, 429);
    // Others are not held back.
    expect((await POST(beacon({ id: FIXTURE_IDS.arNew }, '198.51.100.10'))).status).toBe(204);
  });

  it('keeps the counts in DATA_DIR across a restart', async () => {
    const before = counted();
    const ranking = await topIds('ar', 5);
    await closeViews(); // what SIGTERM does: flush
    const file = JSON.parse(fs.readFileSync(path.join(dataDir, 'views.json'), 'utf8'));
    expect(file.version).toBe(1);
    expect(counted()).toBe(before); // a fresh store, loaded from the file
    expect(await topIds('ar', 5)).toEqual(ranking);
  });

  it('answers 503 with Retry-After, not 500, while the content database is away, and counts nothing', async () => {
    const { ContentUnavailableError } = await import('@/lib/content/unavailable');
    const before = counted();
    const spy = vi.spyOn(getContentSource(), 'article').mockRejectedValueOnce(new ContentUnavailableError(new Error('connect ECONNREFUSED')));
    try {
      const res = await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.90'));
      await expectError(res, 503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(counted()).toBe(before);
    } finally {
      spy.mockRestore();
    }
  });
});
