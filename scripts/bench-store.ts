// npm run bench:store — loads generated stores of 1,000, 10,000 and 100,000 articles,
// each in a fresh process, and prints the cold load time, the resident memory and the
// time of the index questions (µs, p50/p95 over 3,000 random questions each).
// Targets: 100,000 articles load in ≤ 5 s within 1 GB; a section page or related
// question takes under 1 ms and does not grow with the store.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const sizes = (process.env.BENCH_SIZES || '1000,10000,100000').split(',').map(Number);
const rows: { n: number; r: { articles: number; loadMs: number; rssMb: number; questions: Record<string, { p50: number; p95: number }> } }[] = [];

for (const n of sizes) {
  const dir = `/tmp/sahifa-store-${n}`;
  if (!fs.existsSync(`${dir}/sections.json`)) execFileSync('npx', ['tsx', 'scripts/content-generate.ts', '--count', String(n), '--out', dir], { stdio: 'inherit' });
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/lib/bench-store-child.ts', dir], { encoding: 'utf8', maxBuffer: 1e7 });
  rows.push({ n, r: JSON.parse(out.trim().split('\n').at(-1)!) });
}

const names = Object.keys(rows[0]!.r.questions);
console.log(`| articles | cold load | RSS | ${names.map((q) => `${q} p50 / p95`).join(' | ')} |`);
console.log(`|---:|---:|---:|${names.map(() => '---:').join('|')}|`);
for (const { n, r } of rows)
  console.log(
    `| ${n.toLocaleString('en')} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.rssMb.toFixed(0)} MB | ${names.map((q) => `${r.questions[q]!.p50.toFixed(1)} / ${r.questions[q]!.p95.toFixed(1)} µs`).join(' | ')} |`,
  );
const big = rows.find((x) => x.n === 100_000)?.r;
if (big) {
  const ok = big.loadMs <= 5000 && big.rssMb <= 1000 && big.questions['section page']!.p95 < 1000 && big.questions.related!.p95 < 1000;
  console.log(ok ? 'targets met' : 'targets missed: see the table');
}
