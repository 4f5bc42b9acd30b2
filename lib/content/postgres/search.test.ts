// Search's plans at a size where words are common (the contract suite's stores are too small
// for anything but the rare path): 12,000 Arabic stories share a word, which four English
// ones have too; two English words, one in every English story, one in six (and 300 words
// here and there, for statistics like a real archive's). The answers
// are checked, and the plans of the queries search() sent (EXPLAIN of each, as it ran).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import type { Visibility } from '../types';
import { migrate } from './schema';
import { searchStories } from './search';
import { PostgresSource } from './source';

let server: PgTestServer;
let source: PostgresSource;
const now = Date.UTC(2026, 11, 1);
const reader: Visibility = { preview: false, now };

/** Each statement search() sends, with its parameters. */
type Sent = { text: string; params: unknown[] };

async function search(text: string, locale: 'ar' | 'en'): Promise<{ ids: string[]; total: number; sent: Sent[] }> {
  const sent: Sent[] = [];
  const page = await searchStories(
    async (sql, params) => {
      if (!sql.startsWith('EXPLAIN')) sent.push({ text: sql, params });
      return (await source.pool.query(sql, params)).rows;
    },
    { text, locale, page: 1, pageSize: 10 },
    reader,
    false,
  );
  return { ids: page.items.map((a) => a.id), total: page.total, sent };
}

/** The plan of a statement as it ran, as text. */
async function plan(s: Sent): Promise<string> {
  const rows = await source.pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${s.text}`, s.params);
  return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe.skipIf(process.env.SKIP_POSTGRES === '1')('search on PostgreSQL, at scale', () => {
  beforeAll(async () => {
    server = await startPostgres();
    source = new PostgresSource(server.url);
    await migrate(source.pool);
    await source.pool.query(`INSERT INTO sections VALUES (0, 'news', '{"ar": "أخبار", "en": "News"}')`);
    // Story i, published i minutes before `now`: Arabic ones with «kalima»; English ones with
    // «word», «rare» in six of them, «kalima» in four.
    await source.pool.query(
      `INSERT INTO stories (id, file, locale, section, status, published, tags, meta, body, search, lead, version)
       SELECT id, id || '.json', locale, 'news', 'published', published, '{}',
              jsonb_build_object('id', id, 'file', id || '.json', 'locale', locale, 'section', 'news', 'status', 'published',
                                 'published', published, 'publishedAt', '2026-01-01T00:00:00Z', 'title', id),
              '[{"type": "paragraph", "text": "x"}]', vector, vector, 'v1'
         FROM (SELECT CASE WHEN i <= 12000 THEN 'ar-' ELSE 'en-' END || i AS id,
                      CASE WHEN i <= 12000 THEN 'ar' ELSE 'en' END AS locale,
                      $1::bigint - i * 60000 AS published,
                      (CASE WHEN i <= 12000 THEN 'kalima:1A'
                            ELSE 'word:1A' || CASE WHEN i % 2000 = 0 THEN ' rare:2A' ELSE '' END
                                           || CASE WHEN i % 3000 = 1 THEN ' kalima:3A' ELSE '' END END
                       || ' filler' || (i % 300) || ':9')::tsvector AS vector
                 FROM generate_series(1, 24000) i) s`,
      [now],
    );
    await source.pool.query('ANALYZE stories');
  }, 120_000);
  afterAll(async () => {
    await source?.dispose();
    await server?.stop();
  }, 60_000);

  it('walks a word common in the language newest first, and stops at the candidates it ranks', async () => {
    const { ids, total, sent } = await search('kalima', 'ar');
    expect(total).toBe(1000);
    expect(ids[0]).toBe('ar-1');
    expect(await plan(sent[0]!)).toMatch(/Index (Only )?Scan using stories_locale/);
    // Summaries (searchSummaries, the cards of the JSON API): the last question reads no body.
    expect(sent.at(-1)!.text).toMatch(/^SELECT meta FROM stories WHERE id = ANY/);
  });

  it('finds a word common in the other language only through this language’s own index', async () => {
    const { ids, sent } = await search('kalima', 'en');
    expect(ids.sort()).toEqual(['en-12001', 'en-15001', 'en-18001', 'en-21001']);
    const plans = await Promise.all(sent.map(plan));
    expect(plans.join('\n')).toMatch(/Bitmap Index Scan on stories_(lead|search)_en/);
    expect(plans.join('\n')).not.toMatch(/stories_(lead|search)_ar|Gather/);
  });

  it('asks the index for the rare word of a pair and checks its stories for the common one', async () => {
    const { ids, sent } = await search('word rare', 'en');
    expect(ids.sort()).toEqual(['en-14000', 'en-16000', 'en-18000', 'en-20000', 'en-22000', 'en-24000']);
    const plans = (await Promise.all(sent.map(plan))).join('\n');
    // «rare» stems to «rar», the last word a prefix.
    expect(plans).toMatch(/Index Cond: \(lead @@ '''rar'':\*'::tsquery\)/);
    expect(plans).not.toMatch(/Index Cond: \(lead @@ '''word''/);
  });

  it('sends no question that starts parallel workers', async () => {
    const page = await source.pool.query<{ setting: string }>(`SELECT current_setting('max_parallel_workers_per_gather') AS setting`);
    expect(page.rows[0]!.setting).toBe('0');
  });
});
