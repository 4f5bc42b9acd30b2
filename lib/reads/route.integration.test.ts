// The beacon route with the file store, end to end in this process: the POST handler
// from app/api/views, a real content store and DATA_DIR on disk, draft mode mocked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileViewStore } from './file-store';
import { BROWSER_UA, beacon, FIXTURE_IDS, makeFileStore } from './test-fixtures';

const draft = vi.hoisted(() => ({ on: false }));
vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: draft.on }) }));

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
  Object.assign(process.env, { CONTENT_DIR: contentDir, DATA_DIR: dataDir, SAHIFA_WATCH: 'off', TRUST_PROXY: '1', VIEWS_FLUSH_MS: '60000' });
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
    expect((await mostRead(getContentSource(), 'ar', 2, vis)).map((a) => a.id)).toEqual([FIXTURE_IDS.arOld, FIXTURE_IDS.arNew]);
  });

  it('takes application/json too, and counts per locale', async () => {
    const res = await POST(beacon({ id: FIXTURE_IDS.en }, '203.0.113.1', { 'content-type': 'application/json' }));
    expect(res.status).toBe(204);
    expect(await topIds('en', 5)).toEqual([FIXTURE_IDS.en]);
    expect(await topIds('ar', 5)).toEqual([FIXTURE_IDS.arOld]);
  });

  it('answers a repeat with 204 but does not count it', async () => {
    const before = counted();
    expect((await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.1'))).status).toBe(204);
    expect(counted()).toBe(before);
    // Another browser at the same address is another reader.
    expect((await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.1', { 'user-agent': `${BROWSER_UA} Edg/140` }))).status).toBe(204);
    expect(counted()).toBe(before + 1);
  });

  it.each([
    ['draft mode', {}, true],
    ['Purpose: prefetch', { purpose: 'prefetch' }, false],
    ['Sec-Purpose: prefetch', { 'sec-purpose': 'prefetch;prerender' }, false],
    ['a crawler', { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)' }, false],
  ])('ignores %s (204, not counted)', async (_what, headers, preview) => {
    draft.on = preview;
    const before = counted();
    try {
      const res = await POST(beacon({ id: FIXTURE_IDS.arNew }, '203.0.113.2', headers));
      expect(res.status).toBe(204);
    } finally {
      draft.on = false;
    }
    expect(counted()).toBe(before);
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
});
