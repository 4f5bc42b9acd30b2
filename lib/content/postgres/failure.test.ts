// When the database goes away: questions fail fast with ContentUnavailableError (a 503,
// never an empty list), health says so, and the same source answers again by itself
// once the database is back, its change listener reconnected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { FileStore } from '../files/store';
import { article, makeStore } from '../test-store';
import { ContentUnavailableError, PostgresSource } from './source';
import { syncStore } from './sync';

const reader = () => ({ preview: false, now: Date.now() });

describe.skipIf(process.env.SKIP_POSTGRES === '1')('PostgresSource without its database', () => {
  let server: PgTestServer;
  let source: PostgresSource;
  beforeAll(async () => {
    server = await startPostgres();
    source = new PostgresSource(server.url, { listen: true }).warm();
    await syncStore(source.pool, new FileStore(makeStore({ 'a.json': article({ id: 'still-here' }) })).load());
  }, 60_000);
  afterAll(async () => {
    await source?.dispose();
    await server?.stop();
  }, 60_000);

  it('fails fast and says so, then recovers by itself', async () => {
    expect(ids(await source.latest({ locale: 'ar' }, 5, reader()))).toEqual(['still-here']);
    await expect.poll(() => source.listening, { timeout: 5000 }).toBe(true);

    await server.kill();
    const t0 = Date.now();
    await expect(source.latest({ locale: 'ar' }, 5, reader())).rejects.toBeInstanceOf(ContentUnavailableError);
    await expect(source.article('still-here', reader())).rejects.toBeInstanceOf(ContentUnavailableError);
    await expect(source.search({ text: 'عنوان', locale: 'ar', page: 1 }, reader())).rejects.toBeInstanceOf(ContentUnavailableError);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await source.health()).toEqual({ ok: false, detail: 'database unavailable' });
    await expect.poll(() => source.listening, { timeout: 5000 }).toBe(false);

    await server.restart();
    await expect.poll(async () => (await source.health()).ok, { timeout: 10_000, interval: 200 }).toBe(true);
    expect(ids(await source.latest({ locale: 'ar' }, 5, reader()))).toEqual(['still-here']);
    await expect.poll(() => source.listening, { timeout: 10_000 }).toBe(true);
  }, 60_000);
});

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe.skipIf(process.env.SKIP_POSTGRES === '1')('a database too slow to answer', () => {
  it('is unavailable (503), not a server error', async () => {
    const { isConnectionError } = await import('./source');
    expect(isConnectionError({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(true);
    // The pool's own timeout, when the server hangs and cannot enforce its statement timeout.
    expect(isConnectionError(new Error('Query read timeout'))).toBe(true);
    expect(isConnectionError({ code: '42P01', message: 'relation "x" does not exist' })).toBe(false);
  });
});
