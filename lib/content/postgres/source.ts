// The stories in PostgreSQL as a ContentSource. Same answers as the JSON folder's source
// (one test suite runs against both, lib/content/source.contract.ts): lists read the
// `meta` column (a story without its body) through indexes kept newest first, a story's
// page reads its body too. Readers' visibility is in the SQL (status and time), so an
// index serves it; a single story is checked with isVisible() like the files source does.
import pg from 'pg';
import type { Locale } from '@/i18n/locales';
import type { ContentSource, ListQuery, MediaBody, Page, SearchQuery, SearchPage } from '../source';
import type { Section } from '../schema';
import { isVisible, type Article, type ArticleSummary, type Problem, type Visibility } from '../types';
import { SECTIONS_FILE, SECTIONS_STALE } from '../files/read';
import { ContentUnavailableError, isContentUnavailable } from '../unavailable';
import { Listener } from './listener';
import { migrate } from './schema';
import { searchStories } from './search';

export { ContentUnavailableError };

/** Builds a WHERE clause and its parameters. */
export class Sql {
  readonly params: unknown[] = [];
  readonly where: string[] = [];
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  and(cond: string): this {
    this.where.push(cond);
    return this;
  }
  /** Readers see published stories whose time has come; preview sees everything. */
  visible(vis: Visibility, prefix = ''): this {
    if (!vis.preview) this.and(`${prefix}status = 'published' AND ${prefix}published <= ${this.p(vis.now)}`);
    return this;
  }
  get clause(): string {
    return this.where.length ? `WHERE ${this.where.join(' AND ')}` : '';
  }
}

const DAY = 86_400_000;
/** How long one question may take (the server's statement_timeout). */
const STATEMENT_TIMEOUT_MS = 10_000;
/** The most of a picture one request reads from the database at a time. */
export const MEDIA_CHUNK = 512 * 1024;
/** How many of each list related() scores (as the files source does). */
const RELATED_WINDOW = 40;

export type PostgresOptions = {
  /** Listen for the sync's change notifications (an app instance does; a tool need not). */
  listen?: boolean;
  /** How long the sections stay cached when no notification can reach us. */
  sectionsTtlMs?: number;
  poolSize?: number;
  /** How long a new connection may take before the question fails (503). Default 5 s. */
  connectTimeoutMs?: number;
};

export class PostgresSource implements ContentSource {
  readonly pool: pg.Pool;
  private ready?: Promise<unknown>;
  private listener?: Listener;
  private sectionsCache?: { at: number; value: Promise<Section[]> };
  private readonly sectionsTtlMs: number;
  /** Goes up by one at every change notification (tests and the benchmark watch it). */
  changes = 0;

  constructor(
    readonly url: string,
    options: PostgresOptions = {},
  ) {
    const max = options.poolSize ?? 10;
    this.pool = new pg.Pool({
      connectionString: url,
      max,
      // An app instance keeps its connections (primed by warm()); a tool's close when idle.
      min: options.listen ? max : 0,
      // A database that does not answer must fail a request fast (503), not hang it.
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      idleTimeoutMillis: 30_000,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      // A server that hangs (stopped, a network that drops packets) cannot enforce its own
      // statement timeout: the client gives up a second after it would have.
      query_timeout: STATEMENT_TIMEOUT_MS + 1000,
      application_name: 'sahifa',
      // A page's questions are small: starting parallel workers (~25 ms) costs more than they save.
      options: '-c max_parallel_workers_per_gather=0',
    });
    // An idle connection that breaks (the database restarts) must not end the process.
    this.pool.on('error', () => {});
    this.sectionsTtlMs = options.sectionsTtlMs ?? 60_000;
    if (options.listen) {
      this.listener = new Listener(url, () => this.onChange());
    }
  }

  /** Whether change notifications reach this instance now. */
  get listening(): boolean {
    return this.listener?.connected ?? false;
  }

  private onChange(): void {
    this.changes++;
    this.sectionsCache = undefined;
  }

  /** Creates or migrates the schema once per process (again after a failure). */
  private async schema(): Promise<void> {
    this.ready ??= migrate(this.pool).catch((e) => {
      this.ready = undefined;
      throw e;
    });
    await this.ready;
  }

  private async q<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
    try {
      await this.schema();
      return (await this.pool.query<R>(text, params)).rows;
    } catch (e) {
      if (isConnectionError(e)) throw new ContentUnavailableError(e);
      throw e;
    }
  }

  warm(): this {
    this.listener?.start();
    void this.sections().catch(() => {});
    if (this.listener) void this.prime().catch(() => {});
    return this;
  }

  /**
   * Opens the pool's connections and loads into each what a search's first estimate there
   * would: the vectors' statistics (their most common lexemes), ~30 ms per connection at a
   * million stories, paid here once rather than by a reader's search.
   */
  private async prime(): Promise<void> {
    await this.schema();
    const clients = await Promise.allSettled(Array.from({ length: this.pool.options.max ?? 1 }, () => this.pool.connect()));
    const held = clients.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []));
    try {
      await Promise.all(held.map((c) => c.query(`EXPLAIN SELECT 1 FROM stories WHERE lead @@ 'a'::tsquery AND search @@ 'a'::tsquery`)));
    } finally {
      for (const c of held) c.release();
    }
  }

  async dispose(): Promise<void> {
    await this.listener?.stop();
    await this.pool.end();
  }

  async sections(): Promise<Section[]> {
    const now = Date.now();
    // Cached until the sync says something changed; with no listener connected, briefly.
    const ttl = this.listener?.connected ? this.sectionsTtlMs : 1000;
    if (!this.sectionsCache || now - this.sectionsCache.at > ttl) {
      const value = this.q<{ id: string; name: Section['name'] }>('SELECT id, name FROM sections ORDER BY position').then((rows) => rows.map((r) => ({ id: r.id, name: r.name })));
      this.sectionsCache = { at: now, value };
      value.catch(() => {
        if (this.sectionsCache?.value === value) this.sectionsCache = undefined;
      });
    }
    return this.sectionsCache.value;
  }

  async article(id: string, vis: Visibility): Promise<Article | undefined> {
    const rows = await this.q<{ meta: ArticleSummary; body: Article['body'] }>('SELECT meta, body FROM stories WHERE id = $1', [id]);
    const a = rows[0] && { ...rows[0].meta, body: rows[0].body };
    return a && isVisible(a, vis) ? a : undefined;
  }

  async articles(ids: readonly string[], vis: Visibility): Promise<ArticleSummary[]> {
    if (!ids.length) return [];
    const rows = await this.q<{ meta: ArticleSummary }>('SELECT meta FROM stories WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
    const byId = new Map(rows.map((r) => [r.meta.id, r.meta]));
    return ids.flatMap((id) => {
      const a = byId.get(id);
      return a && isVisible(a, vis) ? [a] : [];
    });
  }

  async translations(of: readonly ArticleSummary[], vis: Visibility): Promise<Map<string, ArticleSummary>> {
    const out = new Map<string, ArticleSummary>();
    if (!of.length) return out;
    const ids = of.map((a) => a.id);
    const targets = of.flatMap((a) => (a.translationOf ? [a.translationOf] : []));
    const rows = await this.q<{ meta: ArticleSummary }>('SELECT meta FROM stories WHERE translation_of = ANY($1::text[]) OR id = ANY($2::text[])', [ids, targets]);
    for (const a of of) {
      // The files source links two stories when one names the other (in another locale);
      // a story's links are in the order of the files that made them.
      const links: { other: ArticleSummary; by: string }[] = [];
      for (const { meta: r } of rows) {
        if (r.locale === a.locale) continue;
        if (r.translationOf === a.id) links.push({ other: r, by: r.file });
        if (a.translationOf === r.id) links.push({ other: r, by: a.file });
      }
      links.sort((x, y) => cmp(x.by, y.by));
      const t = links.find((l) => isVisible(l.other, vis));
      if (t) out.set(a.id, t.other);
    }
    return out;
  }

  async related(of: ArticleSummary, n: number, vis: Visibility): Promise<ArticleSummary[]> {
    const exclude = [of.id, ...(of.seeAlso ?? [])];
    const s = new Sql();
    const locale = s.p(of.locale);
    const window = s.p(RELATED_WINDOW);
    const tags = s.p(of.tags ?? []);
    const section = s.p(of.section);
    const ex = s.p(exclude);
    const published = s.p(of.published);
    const limit = s.p(n);
    const now = vis.preview ? undefined : s.p(vis.now);
    const visT = now ? `AND t.status = 'published' AND t.published <= ${now}` : '';
    const visS = now ? `AND status = 'published' AND published <= ${now}` : '';
    // The newest few of each tag's list and of the section's, scored as the files source
    // scores them (shared tags 3, same section 2, plus nearness in time, in float8 as in
    // JS), the best n read whole: one question.
    const rows = await this.q<{ meta: ArticleSummary }>(
      `WITH candidates AS (
         SELECT x.id, 3 AS weight, x.published, x.file
           FROM unnest(${tags}::text[]) AS tag(name),
           LATERAL (SELECT t.id, t.published, t.file FROM story_tags t
                     WHERE t.locale = ${locale} AND t.tag = tag.name ${visT}
                     ORDER BY t.published DESC, t.file LIMIT ${window}) x
         UNION ALL
         SELECT id, 2, published, file FROM (
           SELECT id, published, file FROM stories
            WHERE locale = ${locale} AND section = ${section} ${visS}
            ORDER BY published DESC, file LIMIT ${window}) y
       ), best AS (
         SELECT id, published, file,
                sum(weight)::float8 + 1::float8 / (1::float8 + abs(${published}::bigint - published)::float8 / ${7 * DAY}::float8) AS score
           FROM candidates WHERE id <> ALL(${ex}::text[])
          GROUP BY id, published, file
          ORDER BY score DESC, published DESC, file LIMIT ${limit}
       )
       SELECT s.meta FROM best b JOIN stories s USING (id) ORDER BY b.score DESC, b.published DESC, b.file`,
      s.params,
    );
    const found = rows.map((r) => r.meta).filter((a) => isVisible(a, vis));
    if (found.length >= n) return found;
    const more = await this.latest({ locale: of.locale as Locale, exclude: [...exclude, ...found.map((a) => a.id)] }, n - found.length, vis);
    return [...found, ...more];
  }

  private list(query: ListQuery, vis: Visibility): Sql {
    const s = new Sql();
    if (query.locale) s.and(`locale = ${s.p(query.locale)}`);
    if (query.section !== undefined) s.and(`section = ${s.p(query.section)}`);
    if (query.since !== undefined) s.and(`published >= ${s.p(query.since)}`);
    if (query.exclude?.length) s.and(`id <> ALL(${s.p([...query.exclude])}::text[])`);
    return s.visible(vis);
  }

  async latest(query: ListQuery, n: number, vis: Visibility): Promise<ArticleSummary[]> {
    if (n <= 0) return [];
    const s = this.list(query, vis);
    const limit = Number.isFinite(n) ? `LIMIT ${s.p(Math.floor(n))}` : '';
    const rows = await this.q<{ meta: ArticleSummary }>(`SELECT meta FROM stories ${s.clause} ORDER BY published DESC, file ${limit}`, s.params);
    return rows.map((r) => r.meta);
  }

  async latestBySection(query: { locale: Locale; sections: readonly string[]; exclude?: readonly string[] }, n: number, vis: Visibility): Promise<Map<string, ArticleSummary[]>> {
    const out = new Map<string, ArticleSummary[]>(query.sections.map((id) => [id, []]));
    if (n <= 0 || !query.sections.length) return out;
    const s = new Sql();
    const sections = s.p([...new Set(query.sections)]);
    s.and(`locale = ${s.p(query.locale)}`).and('section = x.id');
    if (query.exclude?.length) s.and(`id <> ALL(${s.p([...query.exclude])}::text[])`);
    s.visible(vis);
    // Each section's newest n from its own index range, side by side in one question.
    const rows = await this.q<{ section: string; meta: ArticleSummary }>(
      `SELECT x.id AS section, l.meta FROM unnest(${sections}::text[]) WITH ORDINALITY AS x(id, ord),
         LATERAL (SELECT meta, published, file FROM stories ${s.clause} ORDER BY published DESC, file LIMIT ${s.p(Math.floor(n))}) l
        ORDER BY x.ord, l.published DESC, l.file`,
      s.params,
    );
    for (const r of rows) out.get(r.section)!.push(r.meta);
    return out;
  }

  async page(query: ListQuery, page: number, size: number, vis: Visibility): Promise<Page<ArticleSummary>> {
    const s = this.list(query, vis);
    const offset = s.p(Math.max(0, (page - 1) * size));
    const limit = s.p(size);
    // The page's keys from the index alone, then only those rows: a deep page costs an
    // index walk, not reading every story before it.
    const [rows, total] = await Promise.all([
      this.q<{ meta: ArticleSummary }>(
        `SELECT s.meta FROM (SELECT file, published FROM stories ${s.clause} ORDER BY published DESC, file OFFSET ${offset} LIMIT ${limit}) k
           JOIN stories s USING (file) ORDER BY k.published DESC, k.file`,
        s.params,
      ),
      this.count(query, vis),
    ]);
    return { items: rows.map((r) => r.meta), total, page, pages: Math.max(1, Math.ceil(total / size)) };
  }

  async count(query: ListQuery, vis: Visibility): Promise<number> {
    if (query.locale && query.since === undefined && !query.exclude?.length) return this.sectionCount(query.locale, query.section, vis);
    const s = this.list(query, vis);
    const rows = await this.q<{ n: string }>(`SELECT count(*) AS n FROM stories ${s.clause}`, s.params);
    return Number(rows[0]!.n);
  }

  /**
   * A locale's (or one section's) stories from the counts the sync keeps (section_counts),
   * less, for readers, the published ones whose time has not come: a short index range.
   */
  private async sectionCount(locale: string, section: string | undefined, vis: Visibility): Promise<number> {
    const s = new Sql();
    const where = `locale = ${s.p(locale)}${section === undefined ? '' : ` AND section = ${s.p(section)}`}`;
    const held = `SELECT coalesce(sum(n), 0) FROM section_counts WHERE ${where}${vis.preview ? '' : ` AND status = 'published'`}`;
    const future = vis.preview ? '0' : `(SELECT count(*) FROM stories WHERE ${where} AND published > ${s.p(vis.now)} AND status = 'published')`;
    const rows = await this.q<{ n: string }>(`SELECT (${held}) - ${future} AS n`, s.params);
    return Number(rows[0]!.n);
  }

  async search(query: SearchQuery, vis: Visibility): Promise<SearchPage> {
    return searchStories((text, params) => this.q(text, params), query, vis, true);
  }

  async searchSummaries(query: SearchQuery, vis: Visibility): Promise<SearchPage<ArticleSummary>> {
    return searchStories((text, params) => this.q(text, params), query, vis, false);
  }

  async unpublished(now: number): Promise<ArticleSummary[]> {
    const rows = await this.q<{ meta: ArticleSummary }>(
      `SELECT meta FROM stories WHERE status = 'draft' OR (status = 'published' AND published > $1) ORDER BY published DESC, file`,
      [now],
    );
    return rows.map((r) => r.meta);
  }

  async problems(): Promise<Problem[]> {
    return this.q<Problem>('SELECT file, field, reason, level FROM problems ORDER BY seq');
  }

  async mediaShown(file: string, vis: Visibility): Promise<boolean> {
    const rows = await this.q<{ shown: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM stories WHERE meta->'media' @> jsonb_build_array($1::text)
         AND ($2 OR (status = 'published' AND published <= $3))) AS shown`,
      [file, vis.preview, vis.now],
    );
    return rows[0]?.shown ?? false;
  }

  /**
   * From the `media` table (content:sync puts the store's pictures there): what the headers
   * need first, the bytes only when sent, and only while they are the same picture. A large
   * picture goes in pieces of MEDIA_CHUNK (the column is stored uncompressed, so a piece
   * reads only its own pages): a request holds at most one piece, whatever the picture's size.
   */
  async media(file: string): Promise<MediaBody | undefined> {
    const rows = await this.q<{ type: string; size: number; mtime: string; sha256: Buffer }>('SELECT type, size, mtime, sha256 FROM media WHERE file = $1', [file]);
    const row = rows[0];
    if (!row) return undefined;
    const piece = async (from: number): Promise<Uint8Array | undefined> => {
      const r = await this.q<{ data: Buffer }>('SELECT substring(data FROM $3 FOR $4) AS data FROM media WHERE file = $1 AND sha256 = $2', [file, row.sha256, from + 1, MEDIA_CHUNK]);
      return r[0] && new Uint8Array(r[0].data.buffer, r[0].data.byteOffset, r[0].data.byteLength);
    };
    return {
      size: row.size,
      mtimeMs: Number(row.mtime),
      type: row.type,
      read: async () => {
        const first = await piece(0);
        if (!first || first.byteLength >= row.size) return first;
        let at = first.byteLength;
        return new ReadableStream<Uint8Array>({
          start: (c) => c.enqueue(first),
          pull: async (c) => {
            const next = await piece(at);
            // Replaced or removed by a sync while it was being sent: end it broken, not mixed.
            if (!next?.byteLength) return c.error(new Error(`media ${file} changed while it was sent`));
            c.enqueue(next);
            at += next.byteLength;
            if (at >= row.size) c.close();
          },
        });
      },
      close: async () => {},
    };
  }

  async version(id: string): Promise<string | undefined> {
    const rows = await this.q<{ version: string }>('SELECT version FROM stories WHERE id = $1', [id]);
    return rows[0]?.version;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      // The sync files a broken sections.json as an error and keeps the last valid sections.
      const rows = await this.q<{ n: string; stale: boolean }>(
        `SELECT (SELECT count(*) FROM sections) AS n, EXISTS (SELECT 1 FROM problems WHERE file = $1 AND level = 'error') AS stale`,
        [SECTIONS_FILE],
      );
      if (!(Number(rows[0]!.n) > 0)) return { ok: false, detail: 'no sections: run npm run content:sync' };
      return rows[0]!.stale ? { ok: true, detail: SECTIONS_STALE } : { ok: true };
    } catch (e) {
      return { ok: false, detail: isContentUnavailable(e) ? 'database unavailable' : 'database error' };
    }
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Errors that say the database cannot answer now (as opposed to a wrong query): not there,
 * shutting down, out of connections, or too slow (statement_timeout, 57014): a 503, retry later.
 */
export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  if (!err) return false;
  if (typeof err.code === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE|57P0[1-3]|57014|08\w{3}|53300)$/.test(err.code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection error|Query read timeout/i.test(err.message ?? '');
}
