// How much a reader page makes a phone's main thread work while it loads: the reader pages
// of bench:lighthouse, each loaded --runs times in Chromium with the CPU slowed 4× (as
// Lighthouse's mobile profile) and a cold cache, on loopback.
//   npm run bench:main-thread [-- --no-build] [--runs 10] [--against URL]
// Prints per page the medians of the time spent running script (Chromium's ScriptDuration:
// evaluation, hydration, effects), of all main-thread work (TaskDuration: also style, layout,
// paint, parsing) and of the blocking time after the first paint (each long task's time over
// 50 ms, as TBT sums it, until 2 s after `load`). Lighthouse's TBT is one number a run and
// moves by ±50 ms here; the script time of many loads shows what a change costs the page.
// --against URL also loads every page from another server (another commit's build, started
// by hand), alternating the two load by load so that the machine's noise falls on both.
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browser';
import { ensureBuild } from './lib/bench-build';
import { articlePath, benchPages, median, tempDataDir, today } from './lib/bench-pages';
import { freePort, startServer } from './lib/server';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '10' },
    against: { type: 'string' },
    dist: { type: 'string', default: '.next-bench' },
  },
});
const RUNS = Math.max(1, Number(values.runs));

type Load = { script: number; tasks: number; blocking: number };

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.addInitScript(() => {
      const w = window as unknown as { __long: [number, number][] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!res?.ok()) throw new Error(`${url}: HTTP ${res?.status()}`);
    await page.waitForTimeout(2000);
    const blocking = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const long = (window as unknown as { __long: [number, number][] }).__long;
      return long.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { script: m.ScriptDuration! * 1000, tasks: m.TaskDuration! * 1000, blocking };
  } finally {
    await context.close();
  }
}

async function main() {
  await ensureBuild(values.dist, values['no-build']);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer({ NEXT_DIST_DIR: values.dist, SITE_URL: base, DATA_DIR: tempDataDir() }, port);
  const { section, article } = benchPages();
  const pages = (['ar', 'en'] as const).flatMap((l) => [`/${l}`, `/${l}/${section}`, articlePath(article[l])]);
  const servers = [{ name: 'this build', base }, ...(values.against ? [{ name: values.against, base: values.against.replace(/\/$/, '') }] : [])];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const results = new Map<string, Load[]>();
  try {
    for (const p of pages) {
      // The page cache and the resized pictures warm, as behind the edge.
      for (const s of servers) await load(browser, s.base + p);
      for (let i = 0; i < RUNS; i++) {
        const order = i % 2 ? [...servers].reverse() : servers;
        for (const s of order) {
          const key = `${s.name}\t${p}`;
          results.set(key, [...(results.get(key) ?? []), await load(browser, s.base + p)]);
        }
      }
      console.error(`${p}: ${RUNS} loads${servers.length > 1 ? ' each' : ''}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
  console.log(`\nMain thread while a page loads: Chromium, CPU ×4, 412 px phone, cold cache, loopback; median of ${RUNS} loads; ${today()}`);
  console.log('| page | server | script | all tasks | blocking after first paint |');
  console.log('|---|---|---:|---:|---:|');
  for (const p of pages)
    for (const s of servers) {
      const loads = results.get(`${s.name}\t${p}`)!;
      const shown = p.length > 48 ? p.slice(0, 45) + '…' : p;
      console.log(`| ${shown} | ${s.name} | ${ms(loads.map((l) => l.script))} | ${ms(loads.map((l) => l.tasks))} | ${ms(loads.map((l) => l.blocking))} |`);
    }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
