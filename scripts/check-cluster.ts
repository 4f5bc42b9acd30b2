// Several machines, one site: two production servers on one PostgreSQL and one Redis, behind
// deploy/nginx.conf. Run by `npm test` after the build (`npm run test:cluster`); skipped when
// SKIP_POSTGRES=1 or SKIP_REDIS=1 (a failure in CI). Starts a throwaway cluster and redis-server, syncs a copy of
// content/ into the database, starts two `next start` on the same build (each its own
// DATA_DIR and port, the same DATABASE_URL, VIEWS_REDIS_URL and PREVIEW_SECRET) and nginx in
// front of both, then checks, each instance asked directly and through nginx:
//   - the same pages (home, a section, a story, the search API, a feed) answer 200 and the same content;
//   - a preview session started on one instance opens a draft on the other;
//   - a read counted through one instance ranks in "most read" on the other (Redis);
//   - an edit to the copy, synced once (`content:sync --once`), reaches both: the search API at
//     once, a renamed section within 5 s (the sync's NOTIFY), the story's cached page within
//     its `revalidate` (30 s) plus one render;
//   - with the database stopped, a cached page is still served and an uncached one is a 503.
// Exit 1 when any check fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FileStore } from '../lib/content/files/store';
import { syncStore } from '../lib/content/postgres/sync';
import type { Article } from '../lib/content/types';
import { tempDataDir } from './lib/bench-pages';
import { refusedSkips } from './lib/skips';
import { productionConf, startNginx, type Nginx } from './lib/nginx';
import { freePort, startServer, type Server } from './lib/server';
import { startPostgres, type PgTestServer } from './pg-test-server';
import { startRedis, type RedisTestServer } from './redis-test-server';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const SECRET = 'cluster-check-preview-secret-0123456789';
const DRAFT = 'taliouine-saffron-prices-surge';

let failed = false;
function check(ok: boolean, what: string, detail = ''): boolean {
  console.log(`${ok ? '✓' : '✗'} ${what}${!ok && detail ? `\n    ${detail}` : ''}`);
  if (!ok) failed = true;
  return ok;
}

type Got = { status: number; body: string; headers: Headers };
async function get(url: string, cookie = ''): Promise<Got> {
  const res = await fetch(url, { redirect: 'manual', headers: { 'User-Agent': BROWSER, ...(cookie ? { Cookie: cookie } : {}) } });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** What a reader sees of a page: its title, its heading and the stories it links to, in order. */
function pageGist(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const h1 = (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
  const links = [...html.matchAll(/href="(\/(?:ar|en)\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]);
  return JSON.stringify({ title, h1, links });
}
/** A feed's items: their links and titles. */
const feedGist = (xml: string) => JSON.stringify([...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0].replace(/<pubDate>[^<]*<\/pubDate>/, '')));
/** The links of a page's "most read" list. */
function mostRead(html: string): string[] {
  const at = html.indexOf('data-testid="most-read"');
  if (at < 0) return [];
  const block = html.slice(at, html.indexOf('</ol>', at) + 5 || at + 6000);
  return [...block.matchAll(/href="(\/(?:ar|en)\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
}

async function poll(what: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const t0 = Date.now();
  for (;;) {
    if (await what()) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const refused = refusedSkips();
  if (refused) {
    console.error(`check-cluster: ${refused}`);
    process.exit(1);
  }
  if (process.env.SKIP_POSTGRES === '1' || process.env.SKIP_REDIS === '1') {
    console.log('check-cluster: skipped (SKIP_POSTGRES or SKIP_REDIS is set)');
    return;
  }
  const t0 = Date.now();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-cluster-content-'));
  fs.cpSync('content', copy, { recursive: true });
  const store = new FileStore(copy).load();
  const reader = { preview: false, now: Date.now() };
  // The oldest Arabic stories: no page of theirs is cached yet. One is edited, one read, one
  // rendered after the read to show "most read", one never asked before the database stops.
  const [unseen, shown, read, edited] = store.all({ locale: 'ar' }, reader).slice(-4) as Article[];
  // More pages never asked: each render after the read is a new one (a page once rendered is
  // in the page cache, with the ranking it had then).
  const neverAsked = [shown!, ...store.all({ locale: 'ar' }, reader).slice(-24, -4).reverse()];
  const section = store.sections()[1]!;
  const draft = store.article(DRAFT, { preview: true, now: Date.now() });
  if (!draft || draft.status !== 'draft') throw new Error(`content/ no longer has the draft ${DRAFT}: pick another draft for the preview check`);
  const storyPath = (a: Article) => `/${a.locale}/${a.section}/${a.id}`;
  const editedFile = path.join(copy, edited!.file);
  store.dispose();

  let db: PgTestServer | undefined;
  let redis: RedisTestServer | undefined;
  let edge: Nginx | undefined;
  const servers: Server[] = [];
  const dataDirs: string[] = [];
  try {
    [db, redis] = await Promise.all([startPostgres(), startRedis()]);
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const loaded = new FileStore(copy).load();
    await syncStore(pool, loaded);
    loaded.dispose();
    await pool.end();

    const edgePort = await freePort();
    const env = (): Record<string, string> => {
      const dir = tempDataDir();
      dataDirs.push(dir);
      return {
        CONTENT_BACKEND: 'postgres',
        DATABASE_URL: db!.url,
        VIEWS_REDIS_URL: redis!.url,
        PREVIEW_SECRET: SECRET,
        CONTENT_DIR: copy,
        DATA_DIR: dir,
        SITE_URL: `http://127.0.0.1:${edgePort}`,
        TRUST_PROXY: '127.0.0.1',
      };
    };
    servers.push(...(await Promise.all([startServer(env()), startServer(env())])));
    const [a, b] = servers as [Server, Server];
    edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]), { port: edgePort });
    const origins = { 'instance A': a.url, 'instance B': b.url, nginx: edge.url };
    console.log(`up in ${Date.now() - t0} ms: A ${a.url}, B ${b.url}, nginx ${edge.url}, PostgreSQL ${db.port}, Redis ${redis.port}`);

    // 1. The same pages, from each instance and through the edge.
    const pages: [string, (body: string) => string][] = [
      ['/ar', pageGist],
      [`/ar/${section.id}`, pageGist],
      [storyPath(edited!), pageGist],
      [`/api/search?q=${encodeURIComponent('المغرب')}&locale=ar`, (body) => body],
      ['/ar/rss.xml', feedGist],
    ];
    const before: Record<string, string> = {};
    for (const [p, gist] of pages) {
      const seen: Record<string, { status: number; gist: string }> = {};
      for (const [name, origin] of Object.entries(origins)) {
        const r = await get(origin + p);
        seen[name] = { status: r.status, gist: gist(r.body) };
        if (name === 'instance B') before[p] = r.body;
      }
      const all = Object.values(seen);
      const same = all.every((s) => s.status === 200 && s.gist === all[0]!.gist) && all[0]!.gist.length > 40;
      check(same, `${p}: 200 and the same content from A, B and nginx`, JSON.stringify(seen).slice(0, 600));
    }
    check(!mostRead(before[storyPath(edited!)]!).includes(storyPath(read!)), `before any read, "most read" on B does not list ${read!.id}`);

    // 2. Preview: the session is signed with the shared PREVIEW_SECRET, so any instance accepts it.
    const enter = await fetch(`${a.url}/api/preview`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': BROWSER },
      body: new URLSearchParams({ secret: SECRET, id: DRAFT }).toString(),
    });
    const cookie = enter.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    check(enter.status === 303 && cookie.includes('sahifa_preview='), `preview session started on A (${enter.status})`);
    const draftPath = `/${draft.locale}/${draft.section}/${draft.id}`;
    const asEditor = await get(b.url + draftPath, cookie);
    check(asEditor.status === 200 && asEditor.body.includes(draft.title), `the draft on B with A's session: ${asEditor.status}, its title shown`);
    check((await get(b.url + draftPath)).status === 404, 'the draft on B without the session: 404');
    const viaEdge = await get(edge.url + draftPath, cookie);
    check(viaEdge.status === 200 && viaEdge.body.includes(draft.title), `the draft through nginx with the session: ${viaEdge.status}`);

    // 3. A read counted by A ranks on B: a page B renders now lists it first in "most read".
    const beacon = await fetch(`${a.url}/api/views`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'User-Agent': BROWSER }, body: JSON.stringify({ id: read!.id }) });
    check(beacon.status === 204, `read of ${read!.id} sent to A: ${beacon.status}`);
    // Each instance keeps its ranking for 5 s (RedisViewStore's cacheMs), and B ranked a moment
    // ago: wait for a page B renders that shows it (the event), not for a clock; each try is a
    // page never asked before, so rendered then. 15 s is the 5 s the product promises with room
    // for a busy machine to render.
    const beaconAt = Date.now();
    let ranked: string[] = [];
    let tries = 0;
    const rankedMs = await poll(async () => (ranked = mostRead((await get(b.url + storyPath(neverAsked[tries++ % neverAsked.length]!))).body))[0] === storyPath(read!), 15_000);
    check(rankedMs !== null, `"most read" on a page B renders starts with it ${rankedMs === null ? 'not within 15 s' : `${Date.now() - beaconAt} ms after the read`}`, `got ${JSON.stringify(ranked)}`);

    // 4. An edit, synced once, reaches both instances.
    const marker = `نسخة مصححة ${Date.now() % 100000}`;
    const story = JSON.parse(fs.readFileSync(editedFile, 'utf8')) as { title: string };
    story.title = `${story.title} ${marker}`;
    fs.writeFileSync(editedFile, JSON.stringify(story, null, 2));
    const sectionsFile = path.join(copy, 'sections.json');
    const sections = JSON.parse(fs.readFileSync(sectionsFile, 'utf8')) as { id: string; name: { ar: string } }[];
    const renamed = `${sections.find((s) => s.id === section.id)!.name.ar} ${marker}`;
    sections.find((s) => s.id === section.id)!.name.ar = renamed;
    fs.writeFileSync(sectionsFile, JSON.stringify(sections, null, 2));
    const sync = spawnSync('node_modules/.bin/tsx', ['scripts/content-sync.ts', '--once', '--dir', copy], { env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8' });
    const syncedAt = Date.now();
    check(sync.status === 0 && /1 updated/.test(sync.stdout), `content:sync --once: exit ${sync.status}, ${sync.stdout.trim().split('\n').at(-1)}`, sync.stderr);
    const search = `/api/search?q=${encodeURIComponent(marker)}&locale=ar`;
    for (const [name, origin] of [['A', a.url], ['B', b.url]] as const) {
      const r = await get(origin + search);
      check(r.status === 200 && r.body.includes(edited!.id), `${name}: the search API finds the new title at once`);
    }
    // Section names are kept in memory until the sync's notification: the search page (never cached) shows them.
    const searchPage = `/ar/search?q=${encodeURIComponent('المغرب')}`;
    for (const [name, origin] of [['A', a.url], ['B', b.url]] as const) {
      const ms = await poll(async () => (await get(origin + searchPage)).body.includes(renamed), 5_000);
      check(ms !== null, `${name}: the renamed section in its navigation ${ms === null ? 'not within 5 s' : `${Date.now() - syncedAt} ms after the sync`}`);
    }
    for (const [name, origin] of [['A', a.url], ['B', b.url]] as const) {
      const ms = await poll(async () => (await get(origin + storyPath(edited!))).body.includes(marker), 45_000);
      check(ms !== null, `${name}: the story's own page (cached, revalidate 30 s) shows the new title ${ms === null ? 'not within 45 s' : `${Date.now() - syncedAt} ms after the sync`}`);
    }

    // 5. The database stops: cached pages are still served, through the edge and by each
    // instance; a page neither instance has a copy of is a 503 (proxy.ts), never a 500.
    await db.kill();
    for (const [name, origin] of Object.entries(origins)) {
      const r = await get(`${origin}/ar/${section.id}`);
      check(r.status === 200, `database stopped: /ar/${section.id} from ${name}: ${r.status}`);
    }
    for (const [name, origin] of [['A', a.url], ['B', b.url]] as const) {
      const r = await get(origin + storyPath(unseen!));
      check(r.status === 503 && r.headers.get('retry-after') !== null, `database stopped: a story never asked, from ${name}: ${r.status}, Retry-After ${r.headers.get('retry-after')}`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await edge?.stop();
    await Promise.all([db?.stop(), redis?.stop()]);
    for (const d of [copy, ...dataDirs]) fs.rmSync(d, { recursive: true, force: true });
  }
  console.log(`${failed ? 'FAILED' : 'all passed'} in ${Math.round((Date.now() - t0) / 1000)} s`);
}

main()
  .then(() => process.exit(failed ? 1 : 0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
