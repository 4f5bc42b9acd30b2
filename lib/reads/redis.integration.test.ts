// The Redis store against a real redis-server that this file starts on 127.0.0.1 and a
// free port. Two stores on two connections stand for two app instances. Without
// redis-server the tests fail (say SKIP_REDIS=1 to skip them on purpose).
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRedis, type RedisTestServer } from '@/scripts/redis-test-server';
import { dayKey } from './days';
import { RedisViewStore, type RedisStoreOptions } from './redis-store';
import { DAY_MS } from './settings';
import { beacon, FIXTURE_IDS, makeFileStore } from './test-fixtures';

vi.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }));

// Noon (UTC) today: a fixed point for the day buckets. It may be hours from Redis's own
// clock (the test runs at any hour), which is what the store must cope with anyway.
const NOW = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS / 2;

describe.skipIf(process.env.SKIP_REDIS === '1')('RedisViewStore on a real redis-server', () => {
  let server: RedisTestServer;
  const clients: Redis[] = [];
  let prefixes = 0;

  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => (c.status === 'ready' ? c.quit() : c.disconnect())));
    await server?.stop();
  });

  const connect = () => {
    const c = new Redis(server.url, { enableAutoPipelining: true });
    clients.push(c);
    return c;
  };
  /** Two "app instances": separate connections, one key prefix, their own clocks. */
  function instances(extra: Partial<RedisStoreOptions> = {}) {
    const prefix = `test${++prefixes}:`;
    let clock = NOW;
    const make = () => new RedisViewStore({ redis: connect(), prefix, windowDays: 7, cacheMs: 0, now: () => clock, ...extra });
    return { a: make(), b: make(), prefix, setClock: (t: number) => (clock = t) };
  }
  const read = (id: string, visitor = 'v', locale = 'ar') => ({ id, locale, visitor });

  it('shares one ranking between instances', async () => {
    const { a, b } = instances();
    await a.record(read('x', '1'));
    await b.record(read('y', '1'));
    await b.record(read('y', '2'));
    await a.record(read('z', '1', 'en'));
    expect(await a.top('ar', 5)).toEqual(['y', 'x']);
    expect(await b.top('ar', 5)).toEqual(['y', 'x']);
    expect(await b.top('en', 5)).toEqual(['z']);
  });

  it('dedupes a visitor across instances, even when both race', async () => {
    // Real time: the shared salt expires by Redis's clock (a fake noon would be past at night).
    const { a, b } = instances({ now: Date.now });
    expect(await a.record(read('x', 'same'))).toBe(true);
    expect(await b.record(read('x', 'same'))).toBe(false);
    const race = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).record(read('r', 'racer'))));
    expect(race.filter(Boolean)).toHaveLength(1);
  });

  // An instance's clock may disagree with Redis's (NTP drift, or a test clock): the shared
  // salt must still outlive its epoch, so every instance hashes a visitor alike.
  for (const skew of [-3 * 3600_000, -7 * 60_000, 7 * 60_000, 3 * 3600_000]) {
    it(`dedupes across instances whose clock is ${skew / 60_000} minutes off Redis's`, async () => {
      const { a, b } = instances({ now: () => Date.now() + skew });
      expect(await a.record(read('x', 'skewed'))).toBe(true);
      expect(await b.record(read('x', 'skewed'))).toBe(false);
    });
  }

  it('counts a visitor again once the dedupe span has passed', async () => {
    // Redis keeps real time, so the span is shortened rather than the clock moved.
    const { a, b } = instances({ now: Date.now, dedupeMs: 300 });
    expect(await a.record(read('x'))).toBe(true);
    expect(await b.record(read('x'))).toBe(false);
    await new Promise((r) => setTimeout(r, 700));
    expect(await b.record(read('x'))).toBe(true);
  });

  it('ranks over the window only, and lets old days expire', async () => {
    const { a, b, prefix, setClock } = instances();
    setClock(NOW - 7 * DAY_MS); // 8 days back
    for (const v of ['1', '2', '3']) await a.record(read('old', v));
    setClock(NOW - 6 * DAY_MS);
    await a.record(read('week', '1'));
    setClock(NOW);
    expect(await b.top('ar', 5)).toEqual(['week']);
    const redis = connect();
    const expireAt = await redis.expiretime(`${prefix}day:${dayKey(NOW - 6 * DAY_MS)}:ar`);
    // The day is in the window until the end of today; its set goes one day after that.
    expect(expireAt * 1000).toBe(NOW - DAY_MS / 2 + 2 * DAY_MS);
  });

  it('tells readers behind one address apart by their tokens, up to the cap, across instances', async () => {
    const { a, b } = instances({ now: Date.now });
    const phone = (reader: string, id = 'a') => ({ ...read(id, '198.51.100.1'), reader, cap: 3 });
    expect(await a.record(phone('t1'))).toBe(true);
    expect(await b.record(phone('t1'))).toBe(false);
    expect(await b.record(phone('t2'))).toBe(true);
    expect(await a.record(phone('t3'))).toBe(true);
    expect(await b.record(phone('t4'))).toBe(false);
    expect(await a.record({ ...read('a', '198.51.100.1'), cap: 3 })).toBe(false);
    expect(await a.record(phone('t4', 'b'))).toBe(true);
    expect(await b.record({ ...phone('t5'), visitor: '198.51.100.2' })).toBe(true);
    // Racing minted tokens from one address: never more than the cap.
    const race = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).record({ ...read('r', '198.51.100.3'), reader: `m${i}`, cap: 5 })));
    expect(race.filter(Boolean)).toHaveLength(5);
  });

  it('breaks ties by the newer article, then by id', async () => {
    const { a } = instances();
    for (const id of ['c', 'a', 'b']) await a.record(read(id));
    const published: Record<string, number> = { a: 1, b: 1, c: 0 };
    expect(await a.top('ar', 5, (id) => published[id])).toEqual(['a', 'b', 'c']);
  });

  it('keeps no address in Redis, only hashes and one salt per epoch', async () => {
    const { a, b, prefix } = instances({ now: Date.now });
    await a.record(read('x', '203.0.113.77\nUA'));
    await b.record(read('y', '203.0.113.77\nUA'));
    const redis = connect();
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.some((k) => k.includes('203.0.113'))).toBe(false);
    expect(keys.filter((k) => k.startsWith(`${prefix}salt:`))).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith(`${prefix}seen:`))).toHaveLength(2);
  });

  it('caches a ranking for a few seconds, but shows an instance its own reads at once', async () => {
    const { prefix } = instances();
    let clock = NOW;
    const opts = { prefix, windowDays: 7, cacheMs: 5000, now: () => clock };
    const a = new RedisViewStore({ redis: connect(), ...opts });
    const b = new RedisViewStore({ redis: connect(), ...opts });
    await a.record(read('x', '1'));
    expect(await b.top('ar', 5)).toEqual(['x']);
    await a.record(read('y', '1'));
    await a.record(read('y', '2'));
    expect(await a.top('ar', 5)).toEqual(['y', 'x']);
    expect(await b.top('ar', 5)).toEqual(['x']); // b's cache is still fresh
    clock += 5000;
    expect(await b.top('ar', 5)).toEqual(['y', 'x']);
  });

  it('serves the last ranking while Redis is away, and fails a count rather than fake it', async () => {
    const { prefix } = instances();
    const redis = connect();
    const s = new RedisViewStore({ redis, prefix, windowDays: 7, cacheMs: 0, now: () => NOW });
    await s.record(read('x'));
    expect(await s.top('ar', 5)).toEqual(['x']);
    redis.disconnect();
    await expect(s.record(read('y'))).rejects.toThrow();
    expect(await s.top('ar', 5)).toEqual(['x']);
  });

  describe('through the beacon route', () => {
    const saved = { ...process.env };
    let contentDir: string;
    afterAll(async () => {
      const { closeViews } = await import('./instance');
      await closeViews();
      process.env = saved;
      fs.rmSync(contentDir, { recursive: true, force: true });
    });

    it('counts into Redis when VIEWS_REDIS_URL is set, seen by another instance', async () => {
      contentDir = makeFileStore();
      Object.assign(process.env, {
        CONTENT_DIR: contentDir,
        SAHIFA_WATCH: 'off',
        VIEWS_REDIS_URL: server.url,
        VIEWS_REDIS_PREFIX: 'route:',
        DATA_DIR: path.join(contentDir, 'must-stay-unused'),
      });
      const { POST } = await import('@/app/api/views/route');
      const { topIds } = await import('./top');
      expect((await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.5'))).status).toBe(204);
      expect((await POST(beacon({ id: FIXTURE_IDS.arNew }, '203.0.113.5'))).status).toBe(204);
      expect((await POST(beacon({ id: FIXTURE_IDS.arNew }, '203.0.113.6'))).status).toBe(204);
      expect(await topIds('ar', 5)).toEqual([FIXTURE_IDS.arNew, FIXTURE_IDS.arOld]);

      const other = new RedisViewStore({ redis: connect(), prefix: 'route:', windowDays: 7 });
      expect(await other.top('ar', 5)).toEqual([FIXTURE_IDS.arNew, FIXTURE_IDS.arOld]);
      // The same reader (one address, whatever browser) through the other instance is a repeat.
      expect(await other.record({ id: FIXTURE_IDS.arOld, locale: 'ar', visitor: '203.0.113.5' })).toBe(false);
      expect(fs.existsSync(process.env.DATA_DIR!)).toBe(false);
    });

    it('answers 503 when Redis cannot be reached, and pages fall back to the newest stories', async () => {
      const { freePort } = await import('@/scripts/lib/server');
      process.env.VIEWS_REDIS_URL = `redis://127.0.0.1:${await freePort()}`; // nothing listens there
      const { POST } = await import('@/app/api/views/route');
      const { topIds } = await import('./top');
      const { mostRead } = await import('@/lib/loaders/shared');
      const { getContentSource } = await import('@/lib/content/instance');
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const res = await POST(beacon({ id: FIXTURE_IDS.arOld }, '203.0.113.8'));
        expect(res.status).toBe(503);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await topIds('ar', 5)).toEqual([]);
        expect((await mostRead(getContentSource(), 'ar', 2, { preview: false, now: Date.now() }, getContentSource().latest({ locale: 'ar' }, 4, { preview: false, now: Date.now() }))).map((a) => a.id)).toEqual([FIXTURE_IDS.arNew, FIXTURE_IDS.arOld]);
      } finally {
        errors.mockRestore();
      }
    });
  });
});
