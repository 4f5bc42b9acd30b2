// Share links in PostgreSQL (the table of migration 7): two stores on one database are
// two instances; what one revokes the other no longer has, and the table is bounded.
// Without PostgreSQL the test fails (SKIP_POSTGRES=1 skips it).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { migrate } from '@/lib/content/postgres/schema';
import { PostgresShareStore } from './postgres-store';
import { MAX_LINKS, type ShareLink } from './types';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const link = (n: number, expires = NOW + 3_600_000): ShareLink => ({ linkId: `link-${n}`, id: 'a-story', token: `t${n}`, by: 'سلمى', createdAt: NOW, expires });

describe.skipIf(process.env.SKIP_POSTGRES === '1')('share links in PostgreSQL', () => {
  let server: PgTestServer;
  let one: pg.Pool;
  let two: pg.Pool;
  beforeAll(async () => {
    server = await startPostgres();
    one = new pg.Pool({ connectionString: server.url, max: 2 });
    two = new pg.Pool({ connectionString: server.url, max: 2 });
    await migrate(one);
  }, 60_000);
  afterAll(async () => {
    await one?.end();
    await two?.end();
    await server?.stop();
  }, 60_000);

  it('are seen and revoked across instances', async () => {
    const a = new PostgresShareStore(one);
    const b = new PostgresShareStore(two);
    expect(await a.add(link(1), NOW)).toBe('ok');
    expect(await b.has('link-1')).toBe(true);
    expect(await b.list(NOW)).toEqual([link(1)]);
    expect(await b.remove('link-1')).toBe(true);
    expect(await a.has('link-1')).toBe(false);
    expect(await a.remove('link-1')).toBe(false);
  });

  it('hold at most MAX_LINKS live links, dropping expired ones first', async () => {
    const a = new PostgresShareStore(one);
    await one.query(
      `INSERT INTO share_links SELECT 'flood-' || i, 'a-story', 't', '', $1::timestamptz, CASE WHEN i <= 5 THEN $1::timestamptz ELSE $2::timestamptz END FROM generate_series(1, $3::int) i`,
      [new Date(NOW - 1), new Date(NOW + 3_600_000), MAX_LINKS],
    );
    expect(await a.add(link(2), NOW)).toBe('ok');
    for (let i = 3; i < 7; i++) expect(await a.add(link(i), NOW)).toBe('ok');
    expect(await a.add(link(99), NOW)).toBe('full');
    expect((await a.list(NOW)).length).toBe(MAX_LINKS);
  });
});
