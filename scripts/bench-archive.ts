// The archive on PostgreSQL at scale:
//   npm run bench:archive [-- --count 1000000] [--samples 40] [--warm 30] [--no-build] [--url postgres://…]
// 1. A throwaway cluster (scripts/pg-test-server.ts), or --url. `--count` generated stories
//    (scripts/lib/story-generator.ts: both locales, every section, realistic lengths) go in
//    with COPY, as the rows content:sync would write (lib/content/postgres/sync.ts storyRow),
//    generated on the fly, no files; the indexes are built after the load, then VACUUM ANALYZE.
//    Reused when --url already holds --count stories.
// 2. `next build` with CONTENT_BACKEND=postgres against the demo store (content/, synced into
//    its own database) and against the archive: the times should not depend on its size.
// 3. `next start` against the archive: time until /api/health answers, memory (RSS of the
//    server's processes), render time of pages no one asked for before (articles sampled
//    over the whole archive; section pages ?page=N, page 2,000 among them), and search through
//    /api/search over common and rare words in both languages. The targets are a running
//    instance's: `--warm` other uncached pages render first (a fresh process's first renders
//    are slower while V8 compiles the hot code); their times are reported on their own row.
// Requests are sequential, on loopback. Targets: load < 10 min, RSS < 300 MB, start < 2 s,
// uncached p50 < 50 ms, search p95 < 50 ms, build time independent of the archive.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { FileStore } from '../lib/content/files/store';
import { MIGRATIONS, migrate } from '../lib/content/postgres/schema';
import { STORY_COLUMNS, TAG_COLUMNS, storyRow, syncStore, tagRows } from '../lib/content/postgres/sync';
import type { Article } from '../lib/content/types';
import { SECTION_PAGE_SIZE } from '../lib/http/page-param';
import { buildInto, hasBuild } from './lib/bench-build';
import { median, tempDataDir, today } from './lib/bench-pages';
import { treeRss } from './lib/rss';
import { startServer } from './lib/server';
import { storyGenerator } from './lib/story-generator';
import { startPostgres, type PgTestServer } from './pg-test-server';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '40' },
    warm: { type: 'string', default: '30' },
    url: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '7' },
    workers: { type: 'string', default: '2' },
    // Internal: one loading process (see load()).
    worker: { type: 'string' },
    now: { type: 'string' },
  },
});
const COUNT = Number(values.count);
const SAMPLES = Math.min(Math.max(5, Number(values.samples)), 500);
const WARM = Math.min(Math.max(0, Number(values.warm)), 500);
const DIST = '.next-bench-pg';
const DEMO_DIST = '.next-bench-pg-demo';
if (!Number.isInteger(COUNT) || COUNT < 1000) throw new Error('--count must be a whole number ≥ 1000');

/**
 * The server's heap, as README "Run on PostgreSQL" starts it: on PostgreSQL an instance holds
 * little (no store, no search index), and V8 left alone grows its heap with garbage it has
 * not collected yet (400–540 MB after a few hundred requests, 260 MB with these). A 16 MB
 * young generation (not 4) spares an uncached render ~6 ms of collection for ~30 MB.
 */
const SERVER_NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=16';
const log = (s: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const secs = (t0: number) => (Date.now() - t0) / 1000;
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

// ---- COPY text format ------------------------------------------------------------------
const escCopy = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
const arrayLiteral = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
function copyLine(row: readonly unknown[]): string {
  return (
    row
      .map((v) => (v === null || v === undefined ? '\\N' : Array.isArray(v) ? escCopy(arrayLiteral(v as string[])) : escCopy(String(v))))
      .join('\t') + '\n'
  );
}

/** Writes to a COPY stream, waiting when it is full. */
function sink(stream: Writable) {
  let buf = '';
  const flush = async () => {
    if (!buf) return;
    const chunk = buf;
    buf = '';
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  };
  return {
    async add(line: string) {
      buf += line;
      if (buf.length > 1 << 20) await flush();
    },
    async end() {
      await flush();
      await new Promise<void>((resolve, reject) => {
        stream.once('finish', resolve);
        stream.once('error', reject);
        stream.end();
      });
    },
  };
}

/** The schema's indexes (lib/content/postgres/schema.ts), as the migrations leave them (created, not dropped since). */
const DROPPED = new Set([...MIGRATIONS.join('\n').matchAll(/DROP INDEX (\w+)/g)].map((m) => m[1]!));
const INDEXES = MIGRATIONS.join('\n')
  .match(/CREATE INDEX \w+ ON [^;]+;/g)!
  .map((sql) => ({ name: /CREATE INDEX (\w+)/.exec(sql)![1]!, sql: sql.replace('CREATE INDEX', 'CREATE INDEX IF NOT EXISTS') }))
  .filter((ix) => !DROPPED.has(ix.name));

/**
 * Builds the indexes that are missing, then VACUUM ANALYZE (the visibility map makes lists
 * index-only scans). Two connections, two cores: the whole text's index on one, the rest on the other.
 */
async function buildIndexes(pool: pg.Pool): Promise<{ indexSeconds: number; vacuumSeconds: number; built: number }> {
  const present = new Set((await pool.query<{ n: string }>(`SELECT indexname AS n FROM pg_indexes WHERE tablename IN ('stories', 'story_tags')`)).rows.map((r) => r.n));
  const missing = INDEXES.filter((ix) => !present.has(ix.name));
  if (!missing.length) return { indexSeconds: 0, vacuumSeconds: 0, built: 0 };
  log(`building ${missing.length} indexes …`);
  const t1 = Date.now();
  const [a, b] = [await pool.connect(), await pool.connect()];
  // The whole text's indexes are most of the work: they alone on one connection.
  const whole = (ix: { name: string }) => ix.name.startsWith('stories_search');
  const gin = missing.filter(whole);
  const rest = missing.filter((ix) => !whole(ix));
  await Promise.all(
    ([
      [a, gin],
      [b, rest],
    ] as const).map(async ([client, list]) => {
      await client.query(`SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 0`);
      for (const ix of list) await client.query(ix.sql);
    }),
  );
  const indexSeconds = secs(t1);
  log(`indexes: ${indexSeconds.toFixed(0)} s`);
  const t2 = Date.now();
  await Promise.all([a.query('VACUUM ANALYZE stories'), b.query('VACUUM ANALYZE story_tags')]);
  const vacuumSeconds = secs(t2);
  a.release();
  b.release();
  return { indexSeconds, vacuumSeconds, built: missing.length };
}

type LoadReport = { copySeconds: number; indexSeconds: number; vacuumSeconds: number; countSeconds: number; settleSeconds: number; size: string; rows: number };

async function load(url: string): Promise<LoadReport> {
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  await migrate(pool);
  // Indexes are built once after the load, not row by row during it (keys stay).
  for (const ix of [...INDEXES, ...DROPPED]) await pool.query(`DROP INDEX IF EXISTS ${typeof ix === 'string' ? ix : ix.name}`);
  const sections = JSON.parse(fs.readFileSync('content/sections.json', 'utf8')) as { id: string; name: { ar: string; en: string } }[];
  await pool.query('DELETE FROM sections; DELETE FROM problems');
  for (const [i, s] of sections.entries()) await pool.query('INSERT INTO sections (position, id, name) VALUES ($1, $2, $3)', [i, s.id, JSON.stringify(s.name)]);

  await pool.query('TRUNCATE stories, story_tags, section_counts');
  const t0 = Date.now();
  // Making the search vectors (lib/search in JS) costs most: K processes generate and COPY
  // a share each, in parallel, each its own stories (ids apart) on its own connections.
  const K = Math.max(1, Math.min(8, Number(values.workers)));
  const now = Date.now();
  await Promise.all(
    Array.from({ length: K }, (_, k) => {
      const child = spawn('node_modules/.bin/tsx', ['scripts/bench-archive.ts', '--worker', String(k), '--workers', String(K), '--count', String(COUNT), '--url', url, '--seed', String(values.seed), '--now', String(now)], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`loader ${k} exited with ${code}`)))));
    }),
  );
  const copySeconds = secs(t0);
  log(`COPY of ${COUNT.toLocaleString('en')} stories: ${copySeconds.toFixed(0)} s`);
  const { indexSeconds, vacuumSeconds } = await buildIndexes(pool);
  // The counts content:sync keeps per (locale, section, status), from the index.
  const t3 = Date.now();
  await pool.query('INSERT INTO section_counts SELECT locale, section, status, count(*) FROM stories GROUP BY 1, 2, 3');
  const countSeconds = secs(t3);
  // Written through: PostgreSQL's CHECKPOINT, then the kernel's (this cluster runs with
  // fsync off). Without it the pages measured next competed with ~10 GB of writeback, some
  // 10 ms on an uncached render here, for a load that is done once in an archive's life.
  const t4 = Date.now();
  await pool.query('CHECKPOINT');
  await new Promise<void>((resolve, reject) => spawn('sync', { stdio: 'ignore' }).on('exit', () => resolve()).on('error', reject));
  const settleSeconds = secs(t4);
  const size = (await pool.query<{ s: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`)).rows[0]!.s;
  const rows = Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM stories')).rows[0]!.n);
  await pool.end();
  return { copySeconds, indexSeconds, vacuumSeconds, countSeconds, settleSeconds, size, rows };
}

/** One loading process: stories [k·COUNT/K, (k+1)·COUNT/K) with COPY, in one transaction per table. */
async function loadShare(url: string, k: number, K: number, now: number): Promise<void> {
  const first = Math.floor((k * COUNT) / K);
  const end = Math.floor(((k + 1) * COUNT) / K);
  const sections = JSON.parse(fs.readFileSync('content/sections.json', 'utf8')) as { id: string }[];
  const [a, b] = [new pg.Client(url), new pg.Client(url)];
  await Promise.all([a.connect(), b.connect()]);
  await Promise.all([a.query('BEGIN'), b.query('BEGIN')]);
  const stories = sink(a.query(copyFrom(`COPY stories (${STORY_COLUMNS.join(', ')}) FROM STDIN`)));
  const tags = sink(b.query(copyFrom(`COPY story_tags (${TAG_COLUMNS.join(', ')}) FROM STDIN`)));
  const next = storyGenerator({ seed: Number(values.seed) + k, sections, now, first });
  const t0 = Date.now();
  for (let i = first; i < end; i++) {
    const { article: raw, published } = next();
    const date = new Date(published);
    const file = `articles/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${raw.id}.json`;
    const updated = typeof raw.updatedAt === 'string' ? Date.parse(raw.updatedAt) : undefined;
    const article = { ...raw, published, ...(updated ? { updated } : {}), file } as unknown as Article;
    await stories.add(copyLine(storyRow(article, `bench-${i}`)));
    for (const t of tagRows(article)) await tags.add(copyLine(t));
    if ((i - first + 1) % 50_000 === 0) log(`  loader ${k}: ${(i - first + 1).toLocaleString('en')} of ${(end - first).toLocaleString('en')}, ${secs(t0).toFixed(0)} s`);
  }
  await Promise.all([stories.end(), tags.end()]);
  await Promise.all([a.query('COMMIT'), b.query('COMMIT')]);
  await Promise.all([a.end(), b.end()]);
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const t = process.hrtime.bigint();
  const res = await fetch(url, { redirect: 'manual' });
  const body = await res.text();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: res.status, body };
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function main() {
  if (values.worker !== undefined) return loadShare(values.url!, Number(values.worker), Number(values.workers), Number(values.now));
  let cluster: PgTestServer | undefined;
  let adminUrl = values.url;
  if (!adminUrl) {
    cluster = await startPostgres({
      settings: { shared_buffers: '512MB', max_wal_size: '8GB', checkpoint_timeout: '30min', work_mem: '16MB', effective_cache_size: '8GB' },
    });
    adminUrl = cluster.url;
    log(`throwaway cluster at ${adminUrl} (${cluster.dir})`);
  }
  const url = await createDatabase(adminUrl, 'archive');
  const loadAtStart = os.loadavg()[0]!;
  const out: string[] = [];
  const say = (s = '') => {
    out.push(s);
    console.log(s);
  };
  try {
    // ---- 1. load ----------------------------------------------------------------------
    const probe = new pg.Pool({ connectionString: url, max: 1 });
    await migrate(probe);
    const have = Number((await probe.query<{ n: string }>('SELECT count(*) AS n FROM stories')).rows[0]!.n);
    await probe.end();
    let loaded: LoadReport | undefined;
    if (have !== COUNT) {
      log(`loading ${COUNT.toLocaleString('en')} stories (the database holds ${have}) …`);
      loaded = await load(url);
    } else {
      log(`reusing the archive (${have.toLocaleString('en')} stories)`);
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      const built = await buildIndexes(pool);
      await pool.end();
      if (built.built) say(`(Reused archive: ${built.built} missing indexes built in ${built.indexSeconds.toFixed(0)} s, VACUUM ANALYZE ${built.vacuumSeconds.toFixed(0)} s.)`);
    }

    // ---- 2. builds --------------------------------------------------------------------
    const demoUrl = await createDatabase(adminUrl, 'demo');
    {
      const pool = new pg.Pool({ connectionString: demoUrl, max: 2 });
      const store = new FileStore('content').load();
      await syncStore(pool, store);
      store.dispose();
      await pool.end();
    }
    const builds: { label: string; seconds: number; pages: string }[] = [];
    if (!values['no-build'] || !hasBuild(DIST)) {
      for (const [label, dist, db] of [
        ['demo store (content/, 30-odd stories)', DEMO_DIST, demoUrl],
        [`archive (${COUNT.toLocaleString('en')} stories)`, DIST, url],
      ] as const) {
        log(`next build into ${dist} against the ${label} …`);
        const { seconds, log: buildLog } = await buildInto(dist, { CONTENT_BACKEND: 'postgres', DATABASE_URL: db }, { quiet: true });
        fs.mkdirSync('bench-out/archive', { recursive: true });
        fs.writeFileSync(`bench-out/archive/${dist}.log`, buildLog);
        builds.push({ label, seconds, pages: /Generating static pages[^(]*\((\d+)\/(\d+)\)\s+in/.exec(buildLog)?.[2] ?? '?' });
        log(`  ${seconds.toFixed(1)} s`);
      }
    }

    // ---- 3. the running server ----------------------------------------------------------
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const now = Date.now();
    // Articles over the whole archive (no build prerenders them: it does the newest 30).
    const articleRows = (
      await pool.query<{ locale: string; section: string; id: string }>(
        `SELECT locale, section, id FROM stories TABLESAMPLE SYSTEM (1) REPEATABLE (42)
          WHERE status = 'published' AND published <= $1 ORDER BY published DESC LIMIT $2`,
        [now - 86_400_000, SAMPLES * 10],
      )
    ).rows;
    const articlePaths = articleRows.filter((_, i) => i % 10 === 0).map((r) => `/${r.locale}/${r.section}/${r.id}`);
    const warmArticles = articleRows.filter((_, i) => i % 10 === 5).map((r) => `/${r.locale}/${r.section}/${r.id}`);
    const sections = (await pool.query<{ id: string }>('SELECT id FROM sections ORDER BY position')).rows.map((r) => r.id);
    const sectionPaths: string[] = [];
    const deepPaths: string[] = [];
    const warmSections: string[] = [];
    for (const [i, s] of sections.entries()) {
      for (const locale of ['ar', 'en']) {
        const n = Number(
          (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM stories WHERE locale = $1 AND section = $2 AND status = 'published' AND published <= $3`, [locale, s, now]))
            .rows[0]!.n,
        );
        const pages = Math.ceil(n / SECTION_PAGE_SIZE);
        if (pages >= 2000) deepPaths.push(`/${locale}/${s}?page=2000`);
        for (let k = 0; k < Math.ceil(SAMPLES / (sections.length * 2)); k++) sectionPaths.push(`/${locale}/${s}?page=${2 + ((i * 7919 + k * 104_729) % Math.max(1, pages - 2))}`);
        warmSections.push(`/${locale}/${s}?page=${2 + ((i * 6151 + 52_361) % Math.max(1, pages - 2))}`);
      }
    }
    // Two articles to a section page, as the measured ones; none of them measured after.
    const measuredPaths = new Set([...articlePaths, ...sectionPaths, ...deepPaths]);
    const warmPaths = warmArticles
      .flatMap((a, i) => (i % 2 ? [a, warmSections[(i >> 1) % warmSections.length]!] : [a]))
      .filter((p) => !measuredPaths.has(p))
      .slice(0, WARM);
    await pool.end();

    log('next start against the archive …');
    const t0 = Date.now();
    const server = await startServer({ NEXT_DIST_DIR: DIST, CONTENT_BACKEND: 'postgres', DATABASE_URL: url, DATA_DIR: tempDataDir(), NODE_OPTIONS: SERVER_NODE_OPTIONS }, undefined, 120_000);
    const startSeconds = secs(t0);
    const rssStart = treeRss(server.child.pid!);
    const measured: { label: string; times: number[]; statuses: Set<number> }[] = [];
    let rssAfter = 0;
    try {
      // The route code loads on its first request: one of each kind first, not counted.
      for (const p of ['/ar', `/${articleRows.at(-1)!.locale}/${articleRows.at(-1)!.section}/${articleRows.at(-1)!.id}`, `/ar/${sections[0]}?page=3`, '/api/search?q=x1&locale=ar'])
        await timed(server.url + p);
      const run = async (label: string, paths: string[]) => {
        // A smaller archive has no page 2,000: nothing to report.
        if (!paths.length) return;
        const m = { label, times: [] as number[], statuses: new Set<number>() };
        for (const p of paths) {
          const r = await timed(server.url + p);
          m.times.push(r.ms);
          m.statuses.add(r.status);
        }
        measured.push(m);
      };
      await run(`warm-up: the first ${warmPaths.length} uncached renders after a start (articles and section pages; not in the targets)`, warmPaths);
      await run('article, first request (renders: story, related, most read, latest, teasers)', articlePaths);
      await run('section ?page=N, first request (renders)', sectionPaths);
      await run('section ?page=2000, first request (renders)', deepPaths);
      await run('article again (from the page cache)', articlePaths);
      const searches = {
        'common, Arabic': ['الحكومة', 'مشروع جديد', 'الرباط', 'المنتخب الوطني', 'الطاقة الشمسية', 'الاستثمار', 'بالمغرب', 'الاستث'],
        'common, English': ['government', 'new project', 'water', 'national team', 'solar energy', 'investment', 'elections', 'parlia'],
        'rare, Arabic': ['NovaGrid', '1987', 'زلزال', 'تحلية المياه', 'السينما 2030', 'قيرش'],
        'rare, English': ['UNESCO', '1987', 'earthquake', 'desalination', 'cinema 2030', 'Qirsh'],
      };
      for (const [label, qs] of Object.entries(searches)) {
        const locale = label.endsWith('Arabic') ? 'ar' : 'en';
        const paths = qs.flatMap((q) => [1, 2, 3].map((page) => `/api/search?q=${encodeURIComponent(q)}&locale=${locale}&page=${page}`));
        await run(`search, ${label}`, paths);
      }
      rssAfter = treeRss(server.child.pid!);
    } finally {
      await server.stop();
    }

    // ---- report -------------------------------------------------------------------------
    say(`\nArchive on PostgreSQL, ${today()}: ${COUNT.toLocaleString('en')} stories (schema v${MIGRATIONS.length}), \`npm run bench:archive${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``);
    say(`\nMachine: ${os.cpus().length} cores shared with other work; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end.`);
    if (loaded) {
      const total = loaded.copySeconds + loaded.indexSeconds + loaded.vacuumSeconds + loaded.countSeconds + loaded.settleSeconds;
      say(`\n| load | seconds |\n|---|---:|`);
      say(`| generate + COPY (stories and their tags) | ${loaded.copySeconds.toFixed(0)} |`);
      say(`| build the indexes (full text on one connection, b-trees on another) | ${loaded.indexSeconds.toFixed(0)} |`);
      say(`| VACUUM ANALYZE | ${loaded.vacuumSeconds.toFixed(0)} |`);
      say(`| section counts (section_counts) | ${loaded.countSeconds.toFixed(0)} |`);
      say(`| written to disk (CHECKPOINT, sync) | ${loaded.settleSeconds.toFixed(0)} |`);
      say(`| **total** | **${total.toFixed(0)}** (${(total / 60).toFixed(1)} min) |`);
      say(`\n${loaded.rows.toLocaleString('en')} rows, database ${loaded.size}. ${total < 600 ? '✓ met' : '✗ not met'}: loaded in under 10 minutes.`);
    }
    if (builds.length) {
      say(`\n| next build, CONTENT_BACKEND=postgres | seconds | static pages |\n|---|---:|---:|`);
      for (const b of builds) say(`| ${b.label} | ${b.seconds.toFixed(1)} | ${b.pages} |`);
      const ratio = builds[1]!.seconds / builds[0]!.seconds;
      say(`\nThe archive build takes ${ratio.toFixed(2)}× the demo build (same static pages: the build asks the database for the newest few, never the whole archive).`);
    }
    say(`\nserver start (spawn until /api/health answers): ${startSeconds.toFixed(2)} s ${startSeconds < 2 ? '✓ met' : '✗ not met'} (target < 2 s)`);
    say(`server RSS (all its processes, NODE_OPTIONS="${SERVER_NODE_OPTIONS}"): ${rssStart.toFixed(0)} MB started, ${rssAfter.toFixed(0)} MB after the requests below ${Math.max(rssStart, rssAfter) < 300 ? '✓ met' : '✗ not met'} (target < 300 MB)`);
    say(`\n| sequential requests | n | p50 | p95 | max | statuses |\n|---|---:|---:|---:|---:|---|`);
    for (const m of measured)
      say(`| ${m.label} | ${m.times.length} | ${median(m.times).toFixed(1)} ms | ${pct(m.times, 0.95).toFixed(1)} ms | ${Math.max(...m.times).toFixed(1)} ms | ${[...m.statuses].join(', ')} |`);
    const searchTimes = measured.filter((m) => m.label.startsWith('search')).flatMap((m) => m.times);
    say(`\nsearch, all ${searchTimes.length} queries: p95 ${pct(searchTimes, 0.95).toFixed(1)} ms ${pct(searchTimes, 0.95) < 50 ? '✓ met' : '✗ not met'} (target < 50 ms)`);
    for (const m of measured.filter((x) => x.label.includes('first request')))
      say(`${median(m.times) < 50 ? '✓ met' : '✗ not met'}: ${m.label.split(',')[0]} ${m.label.includes('2000') ? '(page 2,000)' : ''}: uncached p50 ${median(m.times).toFixed(1)} ms (target < 50 ms)`);
    fs.mkdirSync('bench-out/archive', { recursive: true });
    fs.writeFileSync('bench-out/archive/result.md', out.join('\n') + '\n');
    if (measured.some((m) => [...m.statuses].some((s) => s !== 200))) {
      console.error('some requests did not answer 200');
      process.exitCode = 1;
    }
  } finally {
    await cluster?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
