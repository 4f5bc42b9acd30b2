// HTTP throughput of the production server, side by side with two floors, and through the edge cache:
//   npm run bench:http [-- --no-build] [--duration 10] [--connections 50]
//   npm run bench:http -- --check [--no-build]     only the edge's behaviour checks (+ stale-while-revalidate)
// One run, one machine, loopback only: `next start` (build in .next-bench), nginx serving the
// article's HTML as a static file (the floor), Next serving a static file of its own from
// public/bench/static.html, and nginx with deploy/nginx.conf in front of `next start`.
// Every load is autocannon, bounded in time, as a returning reader's browser: gzip accepted
// and a NEXT_LOCALE cookie that matches the page.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from './lib/bench-build';
import { runEdgeChecks } from './lib/bench-edge-checks';
import { load, type Load } from './lib/bench-load';
import { productionConf, startNginx, staticConf, type Nginx } from './lib/nginx';
import { articlePath, benchPages, tempDataDir, today } from './lib/bench-pages';
import { startServer, type Server } from './lib/server';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    dist: { type: 'string', default: '.next-bench' },
  },
});
const DURATION = Math.min(Number(values.duration), 60);
const CONNECTIONS = Math.min(Number(values.connections), 200);
const WARMUP = 2;
const HEADERS = { 'accept-encoding': 'gzip', cookie: 'NEXT_LOCALE=ar' };
const SEARCH_QUERY = 'المغرب';
const PUBLIC_COPY = 'public/bench/article.html';

type Row = { page: string; by: string; url: string; load?: Load; note?: string };

async function status(url: string): Promise<number> {
  const res = await fetch(url, { headers: HEADERS, redirect: 'manual' });
  await res.arrayBuffer();
  return res.status;
}

async function main() {
  await ensureBuild(values.dist, values['no-build']);
  const secret = crypto.randomBytes(24).toString('hex');
  const { store, section, article } = benchPages();
  const lead = article.ar;
  const dataDir = tempDataDir();
  const floorRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-floor-'));
  let server: Server | undefined;
  let floor: Nginx | undefined;
  let edge: Nginx | undefined;
  const problems: string[] = [];
  try {
    // The article's HTML as a file of public/ too (Next lists public/ when it starts), so the
    // framework's static path is also measured with the same bytes; removed at the end.
    let html = Buffer.alloc(0);
    if (!values.check) {
      const probe = await startServer({ NEXT_DIST_DIR: values.dist, DATA_DIR: dataDir });
      html = Buffer.from(await (await fetch(probe.url + articlePath(lead), { headers: { cookie: HEADERS.cookie } })).arrayBuffer());
      await probe.stop();
      fs.writeFileSync(PUBLIC_COPY, html);
    }
    server = await startServer({ NEXT_DIST_DIR: values.dist, PREVIEW_SECRET: secret, DATA_DIR: dataDir });
    const upstream = `127.0.0.1:${server.port}`;
    edge = await startNginx((port) => productionConf(port, [upstream]));

    // The edge first, on an empty cache: the checks see its first MISS.
    const checks = await runEdgeChecks({ edge: edge.url, secret, store, section, article: lead, stale: values.check });
    for (const c of checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
    const failedChecks = checks.filter((c) => !c.ok);
    console.log(`edge checks: ${checks.length - failedChecks.length} passed, ${failedChecks.length} failed`);
    if (values.check) {
      process.exitCode = failedChecks.length ? 1 : 0;
      return;
    }
    for (const c of failedChecks) problems.push(`edge check failed: ${c.name}`);

    // The floor: the very bytes the server sends for the article, as a file (and its .gz, as a
    // static server would keep them), served by nginx tuned like the edge.
    fs.chmodSync(floorRoot, 0o755);
    fs.writeFileSync(path.join(floorRoot, 'article.html'), html);
    fs.writeFileSync(path.join(floorRoot, 'article.html.gz'), gzipSync(html, { level: 6 }));
    floor = await startNginx((port) => staticConf(port, floorRoot));

    const search = `/api/search?q=${encodeURIComponent(SEARCH_QUERY)}&locale=ar`;
    const rows: Row[] = [
      { page: 'article HTML, static file', by: 'nginx (floor)', url: `${floor.url}/article.html` },
      { page: 'article', by: 'nginx cache → next start', url: edge.url + articlePath(lead) },
      { page: 'public/bench/static.html (270 B)', by: 'next start (framework floor)', url: `${server.url}/bench/static.html` },
      { page: 'public/bench/article.html (the article as a file)', by: 'next start', url: `${server.url}/bench/article.html` },
      { page: 'home /ar', by: 'next start', url: `${server.url}/ar` },
      { page: `section /ar/${section}`, by: 'next start', url: `${server.url}/ar/${section}` },
      { page: 'article', by: 'next start', url: server.url + articlePath(lead) },
      { page: 'search JSON', by: 'next start', url: server.url + search },
    ];
    for (const row of rows) {
      const code = await status(row.url);
      if (code !== 200) {
        row.note = `missing (HTTP ${code})`;
        continue;
      }
      await load(row.url, { connections: CONNECTIONS, duration: WARMUP, headers: HEADERS });
      row.load = await load(row.url, { connections: CONNECTIONS, duration: DURATION, headers: HEADERS });
      console.error(`${row.by} ${row.page}: ${Math.round(row.load.rps)} req/s`);
      if (row.load.failures) row.note = `${row.load.failures} failed responses`;
    }

    const floorRps = rows[0]!.load?.rps ?? NaN;
    const nextStatic = rows[2]!.load?.rps ?? NaN;
    console.log(`\nHTTP, ${today()}: autocannon ${CONNECTIONS} connections × ${DURATION} s per row (after ${WARMUP} s warm-up), loopback, 2 shared cores`);
    console.log(`article: ${articlePath(lead)}`);
    console.log('| page | served by | req/s | p50 ms | p99 ms | KB/resp (gz) | × nginx floor | note |');
    console.log('|---|---|---:|---:|---:|---:|---:|---|');
    for (const r of rows) {
      const l = r.load;
      const cells = l ? [Math.round(l.rps), l.p50, l.p99, l.kbPerReq.toFixed(1), (l.rps / floorRps).toFixed(2)] : ['–', '–', '–', '–', '–'];
      console.log(`| ${r.page} | ${r.by} | ${cells.join(' | ')} | ${r.note ?? ''} |`);
    }

    const cached = rows[1]!.load?.rps ?? 0;
    const targets: [string, boolean][] = [[`through the cache ≥ ½ the static floor (${Math.round(cached)} vs ${Math.round(floorRps / 2)})`, cached >= floorRps / 2]];
    for (const r of rows.slice(4))
      if (r.load) targets.push([`${r.page} direct ≥ Next's own static file (${Math.round(r.load.rps)} vs ${Math.round(nextStatic)})`, r.load.rps >= nextStatic]);
    const asFile = rows[3]!.load?.rps;
    const direct = rows[6]!.load?.rps;
    if (asFile && direct) console.log(`\n(for comparison, not a target: the article direct is ${(direct / asFile).toFixed(2)}× the same bytes as a file of public/)`);
    console.log('\ntargets:');
    for (const [name, ok] of targets) console.log(`${ok ? '✓ met' : '✗ not met'}: ${name}`);
  } finally {
    await edge?.stop();
    await floor?.stop();
    await server?.stop();
    fs.rmSync(PUBLIC_COPY, { force: true });
    fs.rmSync(floorRoot, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
