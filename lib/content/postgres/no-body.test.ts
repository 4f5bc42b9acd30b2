// docs/architecture.md: "a database source never reads a body for a list". Checked by the
// database itself: the source connects as a role that may read every column of `stories`
// but `body`, so any list question that touched a body would fail with "permission denied".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { FileStore } from '../files/store';
import { article, makeStore } from '../test-store';
import { PostgresSource } from './source';
import { syncStore } from './sync';

const vis = { preview: false, now: Date.now() };

describe.skipIf(process.env.SKIP_POSTGRES === '1')('PostgresSource lists', () => {
  let server: PgTestServer;
  let owner: PostgresSource;
  let lister: PostgresSource;
  beforeAll(async () => {
    server = await startPostgres();
    owner = new PostgresSource(server.url);
    const store = new FileStore(
      makeStore({
        'a.json': article({ id: 'port-a', title: 'ميناء المدينة', tags: ['ميناء'], seeAlso: ['port-b'], translationOf: 'port-a-en' }),
        'b.json': article({ id: 'port-b', title: 'ميناء الصيد', tags: ['ميناء'] }),
        'c.json': article({ id: 'port-c', section: 'sports', title: 'سباق في الميناء' }),
        'd.json': article({ id: 'port-a-en', locale: 'en', title: 'The city harbour', translationOf: 'port-a' }),
        'e.json': article({ id: 'port-draft', status: 'draft', title: 'مسودة الميناء' }),
      }),
    ).load();
    await syncStore(owner.pool, store);
    store.dispose();
    const columns = (await owner.pool.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'stories' AND column_name <> 'body'`)).rows.map((r) => `"${r.c}"`);
    await owner.pool.query(`CREATE ROLE lister LOGIN`);
    await owner.pool.query(`GRANT USAGE, CREATE ON SCHEMA public TO lister`);
    await owner.pool.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO lister`);
    await owner.pool.query(`REVOKE SELECT ON stories FROM lister`);
    await owner.pool.query(`GRANT SELECT (${columns.join(', ')}) ON stories TO lister`);
    lister = new PostgresSource(server.url.replace('postgres@', 'lister@'));
  }, 60_000);
  afterAll(async () => {
    await lister?.dispose();
    await owner?.dispose();
    await server?.stop();
  }, 60_000);

  it('answer every list question without reading a body', async () => {
    const a = (await lister.articles(['port-a'], vis))[0]!;
    expect(a.id).toBe('port-a');
    expect((await lister.latest({ locale: 'ar' }, 10, vis)).map((x) => x.id).sort()).toEqual(['port-a', 'port-b', 'port-c']);
    expect((await lister.latestBySection({ locale: 'ar', sections: ['news', 'sports'] }, 4, vis)).get('sports')!.map((x) => x.id)).toEqual(['port-c']);
    expect((await lister.page({ locale: 'ar', section: 'news' }, 1, 20, vis)).items.map((x) => x.id).sort()).toEqual(['port-a', 'port-b']);
    expect(await lister.count({ locale: 'ar' }, vis)).toBe(3);
    expect((await lister.related(a, 4, vis)).map((x) => x.id)).not.toContain('port-b'); // a pick
    expect((await lister.translations([a], vis)).get('port-a')?.id).toBe('port-a-en');
    expect((await lister.unpublished(Date.now())).map((x) => x.id)).toEqual(['port-draft']);
    expect((await lister.searchSummaries({ text: 'ميناء', locale: 'ar', page: 1 }, vis)).items.length).toBeGreaterThan(0);
    expect(await lister.mediaShown('nothing.jpg', vis)).toBe(false);
  });

  it('while a story’s own page does read it: the role check bites', async () => {
    await expect(lister.article('port-a', vis)).rejects.toThrow(/permission denied/);
    expect((await owner.article('port-a', vis))?.body.length).toBeGreaterThan(0);
  });
});
