// Scale: the build and the server with 100,000 articles, against the demo store.
//   npm run bench:scale [-- --count 100000] [--store /tmp/sahifa-scale-100k] [--samples 50] [--repeat 3] [--no-build]
// 1. A synthetic store (scripts/content-generate.ts), reused while it holds --count articles.
// 2. `next build` timed, cold, with the demo store and with the big one (.next-bench-demo,
//    .next-bench-100k), --repeat times each, interleaved (logs in bench-out/scale/); the
//    medians compared; target: the big build takes at most twice as long.
// 3. `next start` on the big store: render time of pages no one asked for before (each
//    first request of an ISR page renders it) — --samples articles that no build prerenders
//    (older than the newest 500 of their locale), and as many section pages ?page=N with distinct N —
//    then the same URLs again (served from the page cache). Target: uncached p50 < 50 ms.
//    And the server's memory (RSS of its processes) once loaded and after the renders.
// Requests are sequential, on loopback.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildInto, hasBuild } from './lib/bench-build';
import { median, tempDataDir, today } from './lib/bench-pages';
import { treeRss } from './lib/rss';
import { startServer } from './lib/server';
import { FileStore } from '../lib/content/files/store';
import { SECTION_PAGE_SIZE } from '../lib/http/page-param';
import type { Article } from '../lib/content/types';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    store: { type: 'string', default: '/tmp/sahifa-scale-100k' },
    samples: { type: 'string', default: '50' },
    'no-build': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
  },
});
const REPEAT = Math.min(Math.max(1, Number(values.repeat)), 10);
const COUNT = Number(values.count);
const STORE = path.resolve(values.store);
const SAMPLES = Math.min(Number(values.samples), 500);
const BIG = `.next-bench-${COUNT >= 1000 ? `${Math.round(COUNT / 1000)}k` : COUNT}`;
const DEMO = '.next-bench-demo';
const RECENT = 30; // the most app/[locale]/[section]/[id]/page.tsx prerenders per section and locale

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.json')).length;
}

async function timed(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const t = process.hrtime.bigint();
  const res = await fetch(url, { headers: { cookie: `NEXT_LOCALE=${new URL(url).pathname.split('/')[1]}` }, redirect: 'manual' });
  await res.arrayBuffer();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: res.status, cache: res.headers.get('x-nextjs-cache') ?? '' };
}

type Stat = { label: string; first: number[]; again: number[]; statuses: Set<number>; caches: Set<string> };

async function measure(label: string, base: string, paths: string[]): Promise<Stat> {
  const s: Stat = { label, first: [], again: [], statuses: new Set(), caches: new Set() };
  for (const p of paths) {
    const r = await timed(base + p);
    s.first.push(r.ms);
    s.statuses.add(r.status);
    s.caches.add(r.cache || '–');
  }
  for (const p of paths) s.again.push((await timed(base + p)).ms);
  return s;
}

/**
 * `next start` on the big store. The server loads the store and warms the search index
 * before it answers (instrumentation.ts): close to a minute on this machine, so the
 * deadline here is 5 minutes.
 */
const startPatiently = (env: Record<string, string>) => startServer(env, undefined, 300_000);

/** Pages of a route that the build wrote ahead (prerender-manifest.json). */
function prerenderedArticles(dist: string): number {
  const m = JSON.parse(fs.readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, { srcRoute?: string }> };
  return Object.values(m.routes).filter((r) => r.srcRoute === '/[locale]/[section]/[id]').length;
}

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main() {
  const have = countFiles(path.join(STORE, 'articles'));
  if (have !== COUNT) {
    console.error(`generating ${COUNT} articles into ${STORE} (it holds ${have}) …`);
    execFileSync('node_modules/.bin/tsx', ['scripts/content-generate.ts', '--count', String(COUNT), '--out', STORE], { stdio: 'inherit' });
  } else console.error(`reusing ${STORE} (${have} articles)`);

  const builds: { store: string; dist: string; times: number[]; seconds: number; pages: string; articles: number }[] = [
    { store: 'demo (content/)', dist: DEMO, times: [], seconds: 0, pages: '?', articles: 0 },
    { store: `${COUNT.toLocaleString('en')} (${STORE})`, dist: BIG, times: [], seconds: 0, pages: '?', articles: 0 },
  ];
  if (values['no-build'] && hasBuild(DEMO) && hasBuild(BIG)) {
    console.error('--no-build: build times not measured');
    builds.length = 0;
  } else {
    fs.mkdirSync('bench-out/scale', { recursive: true });
    // Interleaved and repeated: on a shared machine one build alone says little.
    for (let round = 1; round <= REPEAT; round++)
      for (const b of builds) {
        console.error(`building ${b.dist} with the ${b.store} store (${round}/${REPEAT}) …`);
        const { seconds, log } = await buildInto(b.dist, b.dist === BIG ? { CONTENT_DIR: STORE } : {}, { quiet: true });
        fs.writeFileSync(`bench-out/scale/${b.dist}.${round}.log`, log);
        b.times.push(seconds);
        b.pages = /Generating static pages[^(]*\((\d+)\/(\d+)\)\s+in/.exec(log)?.[2] ?? '?';
        b.articles = prerenderedArticles(b.dist);
        console.error(`  ${seconds.toFixed(1)} s, ${b.pages} static pages, ${b.articles} of them articles`);
      }
    for (const b of builds) b.seconds = median(b.times);
  }

  // The URLs: articles no build prerenders (past the newest 500 of their locale, and never
  // among the newest of their section), spread over the year.
  const t0 = Date.now();
  const store = new FileStore(STORE).load();
  console.error(`store loaded in this process in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const reader = { preview: false, now: Date.now() };
  const recent = new Set<string>();
  for (const s of store.sections()) for (const l of ['ar', 'en'] as const) for (const a of store.latest({ locale: l, section: s.id }, RECENT, reader)) recent.add(a.id);
  const candidates = [...store.all({ locale: 'ar' }, reader).slice(500), ...store.all({ locale: 'en' }, reader).slice(500)].filter((a) => !recent.has(a.id));
  const step = Math.max(1, Math.floor(candidates.length / SAMPLES));
  const articles: Article[] = [];
  for (let i = 0; i < candidates.length && articles.length < SAMPLES; i += step) articles.push(candidates[i]!);
  const articlePaths = articles.map((a) => `/${a.locale}/${a.section}/${a.id}`);
  const sectionPaths: string[] = [];
  const sections = store.sections();
  for (let i = 0; sectionPaths.length < SAMPLES; i++) {
    const s = sections[i % sections.length]!;
    const l = i % 3 === 2 ? 'en' : 'ar';
    const { pages } = store.page({ locale: l, section: s.id }, 1, SECTION_PAGE_SIZE, reader);
    // Distinct N, spread over the feed, never page 1 (that one is prerendered).
    const n = 2 + ((i * 37) % Math.max(1, pages - 2));
    const p = `/${l}/${s.id}?page=${n}`;
    if (!sectionPaths.includes(p)) sectionPaths.push(p);
    if (i > SAMPLES * 10) break;
  }

  const started = Date.now();
  const server = await startPatiently({ NEXT_DIST_DIR: BIG, CONTENT_DIR: STORE, DATA_DIR: tempDataDir() });
  const startSeconds = (Date.now() - started) / 1000;
  let rssLoaded = 0;
  let rssAfter = 0;
  let stats: Stat[] = [];
  try {
    // One page first: the route's code is loaded once, not counted against the first sample.
    await timed(`${server.url}/ar`);
    rssLoaded = treeRss(server.child.pid!);
    stats = [await measure('article, first request (renders)', server.url, articlePaths), await measure('section ?page=N, first request (renders)', server.url, sectionPaths)];
    rssAfter = treeRss(server.child.pid!);
  } finally {
    await server.stop();
  }

  console.log(`\nScale, ${today()}: ${COUNT.toLocaleString('en')} articles (${STORE})`);
  if (builds.length) {
    console.log(`\n| store | next build, median of ${REPEAT} (each, cold) | static pages | of them articles |`);
    console.log('|---|---:|---:|---:|');
    for (const b of builds) console.log(`| ${b.store} | ${b.seconds.toFixed(1)} s (${b.times.map((t) => t.toFixed(1)).join(', ')}) | ${b.pages} | ${b.articles} |`);
    const ratio = builds[1]!.seconds / builds[0]!.seconds;
    console.log(`\n${ratio <= 2 ? '✓ met' : '✗ not met'}: the big build takes ${ratio.toFixed(2)}× the demo build (target ≤ 2×)`);
  }
  console.log(`\nserver start with the big store (until /api/health answers): ${startSeconds.toFixed(1)} s`);
  console.log(`\n| ${SAMPLES} distinct URLs each | uncached p50 | p90 | max | cached again p50 | statuses | x-nextjs-cache |`);
  console.log('|---|---:|---:|---:|---:|---|---|');
  for (const s of stats)
    console.log(
      `| ${s.label} | ${median(s.first).toFixed(1)} ms | ${pct(s.first, 0.9).toFixed(1)} ms | ${Math.max(...s.first).toFixed(1)} ms | ${median(s.again).toFixed(1)} ms | ${[...s.statuses].join(', ')} | ${[...s.caches].join(', ')} |`,
    );
  for (const s of stats) console.log(`${median(s.first) < 50 ? '✓ met' : '✗ not met'}: ${s.label}: uncached p50 ${median(s.first).toFixed(1)} ms (target < 50 ms)`);
  console.log(`\nserver RSS (all its processes): ${rssLoaded.toFixed(0)} MB loaded, ${rssAfter.toFixed(0)} MB after the renders`);
  if (stats.some((s) => [...s.statuses].some((c) => c !== 200))) {
    console.error('some pages did not answer 200');
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
