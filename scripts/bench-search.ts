// Search benchmark: build time, memory and query latency at 10,000 and 100,000 articles.
//   npx tsx scripts/bench-search.ts [--sizes 10000,100000] [--runs 40] [--lead 800] [--max-body 20000]
// 100,000 articles need a bigger heap: NODE_OPTIONS=--max-old-space-size=6144. A larger
// young generation (--max-semi-space-size=32) spares queries most of their GC time.
// Stores are generated with scripts/content-generate.ts into /tmp/sahifa-bench-N once
// and reused while they hold the right number of files.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { FileStore } from '../lib/content/files/store';
import { listArticleFiles } from '../lib/content/files/read';
import { DEFAULT_LEAD_CHARS, DEFAULT_MAX_BODY_CHARS, createSearchIndex, type SearchLocale } from '../lib/search';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    runs: { type: 'string', default: '40' },
    lead: { type: 'string' },
    'max-body': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const maxBodyChars = values['max-body'] ? Number(values['max-body']) : undefined;
const leadChars = values.lead ? Number(values.lead) : undefined;

// Words from the generator's vocabulary (scripts/content-generate.ts), as readers type
// them: with and without the article, with diacritics, several words, half a word,
// and words that are nowhere (the slow path: AND, then OR, then fuzzy for English).
const QUERIES: [SearchLocale, string][] = [
  ['ar', 'الحكومة'],
  ['ar', 'مهرجان السينما 2024'],
  ['ar', 'الحُكُومَة'],
  ['ar', 'وزارة الصحة'],
  ['ar', 'الذكاء الاصطناعي'],
  ['ar', 'البنك المركزي الدرهم'],
  ['ar', 'مجلس الأمن القرار الدولي'],
  ['ar', 'بالرباط'],
  ['ar', 'المنتخب الوطني'],
  ['ar', 'اقتص'],
  ['ar', 'كلمة غير موجودة'],
  ['en', 'government'],
  ['en', 'prices inflation'],
  ['en', 'artificial intelligence'],
  ['en', 'Security Council resolution'],
  ['en', 'hospitals'],
  ['en', 'farm'],
  ['en', 'FIFA'],
  ['en', 'festival 1999'],
  ['en', 'zanzibarian'],
];

// Heap numbers only mean something after a full collection.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const settle = () => {
  gc();
  gc();
  return process.memoryUsage();
};
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function ensureStore(count: number): string {
  const dir = `/tmp/sahifa-bench-${count}`;
  const have = fs.existsSync(path.join(dir, 'sections.json')) ? listArticleFiles(dir).length : -1;
  if (have !== count) {
    console.error(`generating ${count} articles in ${dir} …`);
    execFileSync('npx', ['tsx', 'scripts/content-generate.ts', '--count', String(count), '--out', dir], { stdio: 'inherit' });
  }
  return dir;
}

type Row = { size: number; load: number; build: number; heap: number; rss: number; docs: number; p50: number; p95: number; max: number; cpu95: number; storeUpdate: number; update: number };
const rows: Row[] = [];
const perQuery: string[] = [];

for (const size of sizes) {
  const dir = ensureStore(size);
  let t = performance.now();
  const store = new FileStore(dir).load();
  const load = performance.now() - t;

  const before = settle();
  t = performance.now();
  const index = createSearchIndex(store, { maxBodyChars, leadChars, recheckMs: 1000 }).warm();
  const build = performance.now() - t;
  const after = settle();
  const docs = index.sizes('ar').visible + index.sizes('en').visible;

  const view = { preview: false, now: Date.now() };
  // Wall time is what a reader waits; CPU time (of this process) leaves out the time
  // other processes on a shared machine took the CPU away.
  const all: number[] = [];
  const allCpu: number[] = [];
  for (const [locale, q] of QUERIES) {
    for (let i = 0; i < 3; i++) index.search(q, { locale, vis: view }); // warm-up
    const times: number[] = [];
    const cpu: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const c = process.cpuUsage();
      total = index.search(q, { locale, vis: view }).total;
      const used = process.cpuUsage(c);
      times.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    all.push(...times);
    allCpu.push(...cpu);
    perQuery.push(
      `| ${size.toLocaleString('en')} | ${locale} | ${q} | ${total.toLocaleString('en')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(cpu, 95))} |`,
    );
  }
  all.sort((a, b) => a - b);
  allCpu.sort((a, b) => a - b);

  // Following the store: one story edited. The store re-indexes itself on its next
  // question (its cost, timed apart), then the next search applies the change.
  const one = store.all({ locale: 'ar' }, view)[0]!;
  const abs = path.join(dir, one.file);
  const original = fs.readFileSync(abs, 'utf8');
  fs.writeFileSync(abs, JSON.stringify({ ...JSON.parse(original), title: `${one.title} زنجبار` }));
  t = performance.now();
  store.refreshFile(one.file);
  store.all({ locale: 'ar' }, view);
  const storeUpdate = performance.now() - t;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100); // past the index's re-check interval
  t = performance.now();
  const found = index.search('زنجبار', { locale: 'ar', vis: view }).total;
  const update = performance.now() - t;
  if (found !== 1) throw new Error(`the edited story was not found (${found} results)`);
  fs.writeFileSync(abs, original);
  store.refreshFile(one.file);

  rows.push({ size, load, build, heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss, docs, p50: percentile(all, 50), p95: percentile(all, 95), max: all.at(-1) ?? NaN, cpu95: percentile(allCpu, 95), storeUpdate, update });
  console.error(`done ${size}`);
}

const setting = `body: lead ${leadChars ?? DEFAULT_LEAD_CHARS}, max ${maxBodyChars ?? DEFAULT_MAX_BODY_CHARS} chars`;
const flags = process.env.NODE_OPTIONS ? `, NODE_OPTIONS=${process.env.NODE_OPTIONS}` : '';
console.log(`\nSearch benchmark (Node ${process.version}${flags}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}; ${runs} runs × ${QUERIES.length} queries; ${setting})\n`);
console.log('| articles | indexed (visible) | store load | index build | heap Δ | RSS Δ | query p50 | query p95 | query max | CPU p95 | edit: store re-index | edit: first search |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.size.toLocaleString('en')} | ${r.docs.toLocaleString('en')} | ${ms(r.load)} | ${ms(r.build)} | ${mb(r.heap)} | ${mb(r.rss)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.cpu95)} | ${ms(r.storeUpdate)} | ${ms(r.update)} |`,
  );
console.log('\n| articles | locale | query | results | p50 | p95 | CPU p95 |');
console.log('|---:|---|---|---:|---:|---:|---:|');
for (const line of perQuery) console.log(line);
