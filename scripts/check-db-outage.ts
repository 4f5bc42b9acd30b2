// What readers get while the content database is away, on a production build:
//   npm run build   (or any build made with CONTENT_BACKEND=postgres), then
//   tsx scripts/check-db-outage.ts [--dist .next]     (npm run test:outage, part of npm test)
// A throwaway PostgreSQL, synced from content/; `next start` on it. Pages are asked once
// (now in the page cache), the database is stopped, and then: the cached pages again, a
// page never asked before, the search and "load more" APIs, /api/health; the database
// is started again and the same requests repeated without restarting the app.
// Then the same while the database hangs (SIGSTOP) rather than refuses: answered within the
// pool's timeouts, not left waiting.
// Exit 1 when a cached page is not served, a page that needs the database does not answer 503
// (with Retry-After, in its language) or carries a stack trace, an API does not answer 503,
// or the app does not recover.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FileStore } from '../lib/content/files/store';
import { syncStore } from '../lib/content/postgres/sync';
import { tempDataDir } from './lib/bench-pages';
import { refusedSkips } from './lib/skips';
import { startServer } from './lib/server';
import { startPostgres } from './pg-test-server';

/** The pool's 5 s connect and 10 s statement timeouts, plus 5 s to render the answer. */
const HUNG_BOUND_MS = 20_000;

const { values } = parseArgs({ options: { dist: { type: 'string', default: '.next' } } });

async function get(url: string) {
  // Never wait for ever: a request the app lets hang fails the check instead of the run.
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) }).catch((e: Error) => ({ status: 0, text: async () => e.message, headers: new Headers() }));
  const body = await res.text();
  return { status: res.status, body, cache: res.headers.get('x-nextjs-cache') ?? '', retry: res.headers.get('retry-after') };
}

async function main() {
  const refused = refusedSkips();
  if (refused) throw new Error(refused);
  if (process.env.SKIP_POSTGRES === '1') {
    console.log('check-db-outage: skipped (SKIP_POSTGRES is set)');
    process.exit(0);
  }
  const db = await startPostgres();
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const store = new FileStore('content').load();
  await syncStore(pool, store);
  const reader = { preview: false, now: Date.now() };
  // The two oldest Arabic stories: not among those the build made. (The build's own copies
  // count as missing anyway: lib/cache/site-cache-handler.cjs serves only copies stamped
  // with SITE_URL, so a page is cached from its first request on.)
  const [c, b, a] = store.all({ locale: 'ar' }, reader).slice(-3);
  const cached = ['/ar', `/ar/${a!.section}/${a!.id}`, '/en', `/ar/${store.sections()[1]!.id}`, `/ar/lite/${a!.section}/${a!.id}`];
  const fresh = [`/ar/${b!.section}/${b!.id}`, `/en/${store.sections()[2]!.id}`, `/ar/lite/${b!.section}/${b!.id}`, '/ar/search?q=%D8%A7%D9%84%D9%85%D8%A7%D8%A1'];
  const apis = ['/api/search?q=%D8%A7%D9%84%D9%85%D8%A7%D8%A1&locale=ar', `/api/sections/ar/${store.sections()[0]!.id}?page=1`];
  // Never asked until the database hangs.
  const freshWhileHung = [`/ar/${c!.section}/${c!.id}`, `/en/${store.sections()[3]!.id}`];
  const apisWhileHung = ['/api/search?q=%D8%A7%D9%84%D9%85%D8%A7%D8%A1&locale=en', `/api/sections/en/${store.sections()[0]!.id}?page=1`];
  store.dispose();
  await pool.end();

  const server = await startServer({ NEXT_DIST_DIR: values.dist!, CONTENT_BACKEND: 'postgres', DATABASE_URL: db.url, DATA_DIR: tempDataDir() });
  let failed = false;
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? '✓' : '✗'} ${what}`);
    if (!ok) failed = true;
  };
  const noTrace = (body: string) => !/\bat [\w.<>]+ \(|node_modules\/|Error: Connection/.test(body);
  try {
    for (const p of cached) check((await get(server.url + p)).status === 200, `database up: ${p} 200`);
    await db.kill();
    console.log('— database stopped —');
    for (const p of cached) {
      const r = await get(server.url + p);
      check(r.status === 200 && noTrace(r.body), `${p}: ${r.status} (x-nextjs-cache ${r.cache || '–'}), served from the page cache`);
    }
    // A page that needs the database and has no copy here: proxy.ts answers 503 (Next itself
    // would render its error page with 500), in the page's language; the APIs say 503 too.
    for (const p of fresh) {
      const r = await get(server.url + p);
      const lang = p.split('/')[1];
      const ok = r.status === 503 && r.retry !== null && r.body.includes(`<html lang="${lang}"`) && noTrace(r.body);
      check(ok, `${p}: ${r.status}, Retry-After ${r.retry ?? '–'}, the ${lang} "unavailable" page, no stack trace`);
    }
    for (const p of [...apis, '/api/health']) {
      const t0 = Date.now();
      const r = await get(server.url + p);
      check(r.status === 503 && noTrace(r.body), `${p}: ${r.status} in ${Date.now() - t0} ms, no stack trace`);
    }
    await db.restart();
    console.log('— database started again —');
    const t0 = Date.now();
    let up = false;
    while (!up && Date.now() - t0 < 30_000) {
      up = (await get(`${server.url}/api/health`)).status === 200;
      if (!up) await new Promise((r) => setTimeout(r, 250));
    }
    check(up, `/api/health 200 again after ${Date.now() - t0} ms`);
    for (const p of [...fresh, ...apis]) check((await get(server.url + p)).status === 200, `${p}: 200`);

    // A database that hangs (SIGSTOP: connections accepted, nothing answered) rather than
    // refuses: a new connection gives up after 5 s, a question on an open one after the 10 s
    // statement timeout (which a stopped server cannot enforce: the pool's own, client-side).
    // Each request is answered within those, with room to render: HUNG_BOUND_MS.
    db.freeze(true);
    console.log('— database hangs (SIGSTOP) —');
    try {
      for (const p of cached) {
        const r = await get(server.url + p);
        check(r.status === 200, `${p}: ${r.status}, served from the page cache`);
      }
      await Promise.all(
        [...freshWhileHung, ...apisWhileHung, '/api/health'].map(async (p) => {
          const t0 = Date.now();
          const r = await get(server.url + p);
          const ms = Date.now() - t0;
          check(r.status === 503 && (r.retry !== null || p === '/api/health') && noTrace(r.body) && ms < HUNG_BOUND_MS, `${p}: ${r.status} in ${ms} ms (bound ${HUNG_BOUND_MS}), Retry-After ${r.retry ?? '–'}, no stack trace`);
        }),
      );
    } finally {
      db.freeze(false);
    }
    console.log('— database answers again (SIGCONT) —');
    const t1 = Date.now();
    up = false;
    while (!up && Date.now() - t1 < 30_000) {
      up = (await get(`${server.url}/api/health`)).status === 200;
      if (!up) await new Promise((r) => setTimeout(r, 250));
    }
    check(up, `/api/health 200 again after ${Date.now() - t1} ms`);
    for (const p of [...freshWhileHung, ...apisWhileHung]) check((await get(server.url + p)).status === 200, `${p}: 200`);
  } finally {
    await server.stop();
    await db.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
