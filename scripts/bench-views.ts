// Read-count benchmark: throughput of POST /api/views next to a static page, and proof
// that no accepted read is lost when the server is stopped in the middle of a burst.
//
//   npx next build                    (once; this script does not build; NEXT_DIST_DIR is honoured)
//   npx tsx scripts/bench-views.ts    [--duration 10] [--connections 50] [--store file|redis|both] [--static /en] [--phones 1000] [--cap 100]
//
// For each store it starts `next start` on 127.0.0.1 and a free port, with a fresh
// DATA_DIR (and, for Redis, its own redis-server), then:
//   1. autocannon on the static page for D seconds: the requests/s a prerendered page gets;
//   2. autocannon with beacons for D seconds: accepted beacons/s; then a clean SIGTERM;
//   3. a restart, and beacons from a client that waits for every answer, with SIGTERM
//      to the server halfway through the burst;
//   4. a restart on the same data, a few more beacons, a clean stop;
//   5. carrier-grade NAT: PHONES phones behind one address, each with its own cookie jar,
//      read one story (their first beacon brings their reader token) and then another;
//      a client that drops its cookie on every beacon, and one that hoards PHONES tokens
//      and sends one beacon with each, from addresses of their own;
// and checks that the reads kept (snapshot file or Redis) include every 204 the client
// got, and that step 5 counts min(PHONES, cap) phones and gives each abuser at most the cap. Step 2 only bounds the count (autocannon drops requests still in flight when its
// time is up: the server counted them, the client never saw the 204); steps 3 and 4
// account for every request exactly.
//
// Every beacon comes from a distinct made-up client: TRUST_PROXY=1 (this script stands
// for the one proxy in front) and an X-Forwarded-For address in a /64 of its own from
// the IPv6 documentation prefix (2001:db8::/32; a reader is a /64), so that neither the
// 30-minute dedupe nor the per-address rate limit turns one down: a 204 then always
// means "counted". The addresses are header values only; every packet goes to 127.0.0.1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error -- autocannon ships no types (and @types/autocannon is not a dependency): typed below.
import autocannonUntyped from 'autocannon';
import Redis from 'ioredis';
import { FileStore } from '@/lib/content/files/store';
import { SNAPSHOT_NAME } from '@/lib/reads/file-store';
import { startServer as startNext, type Server } from './lib/server';
import { startRedis, type RedisTestServer } from './redis-test-server';

type CannonRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };
type CannonOptions = {
  url: string;
  connections: number;
  duration: number;
  requests: (CannonRequest & { setupRequest: (req: CannonRequest) => CannonRequest })[];
};
type CannonResult = { statusCodeStats: Record<string, { count: number }>; errors: number; timeouts: number };
type CannonRun = Promise<CannonResult> & { on(event: 'reqError', listener: (e: NodeJS.ErrnoException) => void): void };
const autocannon = autocannonUntyped as (opts: CannonOptions) => CannonRun;

const ROOT = process.cwd();
// next.config.ts reads NEXT_DIST_DIR too, so a build in another folder can be measured.
const DIST = process.env.NEXT_DIST_DIR || '.next';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 sahifa-bench';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    store: { type: 'string', default: 'both' },
    static: { type: 'string', default: '/en' },
    phones: { type: 'string', default: '1000' },
    cap: { type: 'string', default: '100' },
  },
});
const PHONES = Number(args.phones);
/** VIEWS_READERS_PER_ADDRESS for the servers of step 5 (100 is the default). */
const CAP = Number(args.cap);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const KILL_BURST = Math.max(4, Math.round(DURATION * 0.6));

type Row = {
  store: string;
  staticRps: number;
  beaconsPerSec: number;
  /** Step 2: 204s seen by autocannon, and what the store kept of that step. */
  burstAccepted: number;
  burstKept: number;
  /** Steps 3 and 4: 204s seen by the exact client, and what the store kept of them. */
  accepted: number;
  kept: number;
  acceptedAfterSigterm: number;
  refused: number;
  /** Connection errors while the server should have been up (steps 1, 2 and 4). */
  errors: number;
  exitCode: string;
  nat: Nat;
};

/** Step 5: reads counted per story, and the phones' beacons with a token that were refused. */
type Nat = { phones: number; minted: number; hoarded: number; minter: number; refused: number };

function requireBuild(): void {
  const buildId = path.join(ROOT, DIST, 'BUILD_ID');
  const manifest = path.join(ROOT, DIST, 'app-path-routes-manifest.json');
  if (!fs.existsSync(buildId)) {
    console.error(`No production build in ${DIST}/. Build first:\n\n  npx next build\n\nthen run: npx tsx scripts/bench-views.ts`);
    process.exit(1);
  }
  if (!fs.readFileSync(manifest, 'utf8').includes('"/api/views"')) {
    console.error(`The build in ${DIST}/ predates POST /api/views. Rebuild it (npx next build) and run this again.`);
    process.exit(1);
  }
}

function visibleIds(): string[] {
  const store = new FileStore(path.resolve(ROOT, process.env.CONTENT_DIR || 'content')).load();
  const ids = store.all({}, { preview: false, now: Date.now() }).map((a) => a.id);
  if (!ids.length) throw new Error('the content store has no visible article to count reads of');
  return ids.slice(0, 20);
}

type Env = Record<string, string>;

const startServer = (env: Env, logFile: string): Promise<Server> => startNext({ ...env, NODE_ENV: 'production' }, undefined, 30_000, logFile);

/** SIGTERM, then wait (SIGKILL after 20 s, reported). Returns how the process ended. */
async function stop(server: Server): Promise<string> {
  const { child } = server;
  if (child.exitCode !== null) return `exited ${child.exitCode}`;
  const sent = Date.now();
  const ended = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`${signal ?? `exit ${code}`} after ${((Date.now() - sent) / 1000).toFixed(1)} s`)),
  );
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const how = await ended;
  clearTimeout(timer);
  return how;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let clientNo = 0;
/** A distinct made-up client per request (see the top of the file). */
const nextClient = () => {
  const n = ++clientNo;
  return `2001:db8:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}::1`;
};

type Load = { ok: number; other: number; errors: number; seconds: number; why: string };

/** One autocannon run; GET `path`, or beacons for `ids` when given. */
async function load(port: number, seconds: number, target: { path: string; ids?: string[] }, during?: () => void): Promise<Load> {
  let i = 0;
  const ids = target.ids;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    // Both kinds of load pay the same client-side cost: a fresh request each time.
    requests: [
      {
        method: ids ? 'POST' : 'GET',
        path: target.path,
        setupRequest: (req) => ({
          ...req,
          headers: {
            'user-agent': UA,
            'x-forwarded-for': nextClient(),
            ...(ids ? { 'content-type': 'text/plain;charset=UTF-8' } : {}),
          },
          body: ids ? JSON.stringify({ id: ids[i++ % ids.length] }) : undefined,
        }),
      },
    ],
  });
  const why = new Map<string, number>();
  instance.on('reqError', (e) => why.set(e.code ?? e.message, (why.get(e.code ?? e.message) ?? 0) + 1));
  during?.();
  const result = await instance;
  const want = ids ? 204 : 200;
  const ok = result.statusCodeStats[want]?.count ?? 0;
  const all = Object.values(result.statusCodeStats).reduce((n, s) => n + s.count, 0);
  return { ok, other: all - ok, errors: result.errors + result.timeouts, seconds, why: [...why].map(([k, n]) => `${k}×${n}`).join(', ') };
}

async function keptInFile(dataDir: string): Promise<number> {
  const snapshot = JSON.parse(fs.readFileSync(path.join(dataDir, SNAPSHOT_NAME), 'utf8')) as {
    days: Record<string, Record<string, Record<string, number>>>;
  };
  let total = 0;
  for (const locales of Object.values(snapshot.days)) for (const counts of Object.values(locales)) for (const n of Object.values(counts)) total += n;
  return total;
}

async function keptInRedis(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  try {
    let total = 0;
    for (const key of await redis.keys(`${prefix}day:*`)) {
      const flat = await redis.zrange(key, 0, -1, 'WITHSCORES');
      for (let i = 1; i < flat.length; i += 2) total += Number(flat[i]);
    }
    return total;
  } finally {
    await redis.quit();
  }
}

/** Reads kept of each story. */
function countsById(days: Record<string, Record<string, Record<string, number>>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const locales of Object.values(days)) for (const counts of Object.values(locales)) for (const [id, n] of Object.entries(counts)) out.set(id, (out.get(id) ?? 0) + n);
  return out;
}

async function byIdInFile(dataDir: string): Promise<Map<string, number>> {
  return countsById((JSON.parse(fs.readFileSync(path.join(dataDir, SNAPSHOT_NAME), 'utf8')) as { days: Record<string, Record<string, Record<string, number>>> }).days);
}

async function byIdInRedis(url: string, prefix: string): Promise<Map<string, number>> {
  const redis = new Redis(url);
  try {
    const out = new Map<string, number>();
    for (const key of await redis.keys(`${prefix}day:*`)) {
      const flat = await redis.zrange(key, 0, -1, 'WITHSCORES');
      for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i]!, (out.get(flat[i]!) ?? 0) + Number(flat[i + 1]));
    }
    return out;
  } finally {
    await redis.quit();
  }
}

/**
 * Step 5. Stories: [0] every phone's first beacon (no token yet), [1] the phones' second,
 * [2] the client that drops its cookie, [3] the hoarder's beacons with its tokens.
 */
async function natBeacons(port: number, ids: string[]): Promise<{ refused: number }> {
  // Only the phones' beacons with their token must all be taken; beacons without one share
  // their address's per-reader limit (429, with a token all the same).
  let refused = 0;
  const beacon = async (from: string, id: string, cookie?: string, mustPass = false): Promise<string | undefined> => {
    const res = await fetch(`http://127.0.0.1:${port}/api/views`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': UA, 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ id }),
    });
    await res.arrayBuffer();
    if (res.status !== 204 && mustPass) refused++;
    return res.headers.get('set-cookie')?.split(';')[0];
  };
  const inParallel = async (n: number, work: (i: number) => Promise<void>) => {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(n, CONNECTIONS) }, async () => {
      while (next < n) await work(next++);
    }));
  };
  const NAT = '2001:db8:ffff:1::1';
  // The phones: a first story brings each its token, the second is read with it.
  await inParallel(PHONES, async () => {
    const token = await beacon(NAT, ids[0]!);
    await beacon(NAT, ids[1]!, token, true);
  });
  // A client that never keeps its cookie.
  await inParallel(PHONES, async () => void (await beacon('2001:db8:ffff:2::1', ids[2]!)));
  // A client that keeps every token it is given, then spends them all on one story.
  const hoard: string[] = [];
  await inParallel(PHONES, async () => void hoard.push((await beacon('2001:db8:ffff:3::1', ids[0]!))!));
  await inParallel(hoard.length, async (i) => void (await beacon('2001:db8:ffff:3::1', ids[3]!, hoard[i])));
  return { refused };
}

type Exact = { ok: number; other: number; errors: number; afterStop: number };

/**
 * `CONNECTIONS` loops that each send a beacon and wait for its answer, for `seconds`.
 * Nothing is left in flight at the end, so every 204 is known. A refused connection
 * (the server is down) is retried after a short pause, until the time is up.
 */
async function exactBeacons(port: number, seconds: number, ids: string[], stopAt?: { ms: number; stop: () => void }): Promise<Exact> {
  const tally: Exact = { ok: 0, other: 0, errors: 0, afterStop: 0 };
  const start = Date.now();
  const end = start + seconds * 1000;
  let stopping = false;
  let n = 0;
  const timer = stopAt && setTimeout(() => ((stopping = true), stopAt.stop()), stopAt.ms);
  const loop = async () => {
    while (Date.now() < end) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/views`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': UA, 'x-forwarded-for': nextClient() },
          body: JSON.stringify({ id: ids[n++ % ids.length] }),
        });
        await res.arrayBuffer();
        if (res.status === 204) {
          tally.ok++;
          if (stopping) tally.afterStop++;
        } else tally.other++;
      } catch {
        tally.errors++;
        await sleep(50);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  clearTimeout(timer);
  return tally;
}

async function benchStore(kind: 'file' | 'redis', ids: string[], work: string): Promise<Row> {
  const dataDir = fs.mkdtempSync(path.join(work, `data-${kind}-`));
  let redis: RedisTestServer | undefined;
  const prefix = `bench:${Date.now()}:`;
  const env: Env = { DATA_DIR: dataDir, TRUST_PROXY: '1', VIEWS_REDIS_URL: '', VIEWS_REDIS_PREFIX: prefix };
  if (kind === 'redis') {
    redis = await startRedis();
    env.VIEWS_REDIS_URL = redis.url;
  }
  const kept = () => (kind === 'file' ? keptInFile(dataDir) : keptInRedis(redis!.url, prefix));
  const logFile = path.join(work, `next-${kind}.log`);
  const beacons = { path: '/api/views', ids };
  try {
    // 1 and 2: throughput.
    let server = await startServer(env, logFile);
    log(`${kind}: next start on port ${server.port}`);
    await load(server.port, 1, { path: args.static });
    const page = await load(server.port, DURATION, { path: args.static });
    log(`${kind}: static ${args.static}: ${rate(page)} req/s (${page.other} non-200, ${page.errors} errors${page.why && `: ${page.why}`})`);
    const warm = await load(server.port, 1, beacons);
    const burst = await load(server.port, DURATION, beacons);
    log(`${kind}: beacons: ${rate(burst)} accepted/s (${burst.other} refused, ${burst.errors} errors${burst.why && `: ${burst.why}`})`);
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`next start died during the run (${server.child.signalCode ?? `exit ${server.child.exitCode}`}); see ${logFile}`);
    await stop(server);
    const burstKept = await kept();

    // 3: SIGTERM in the middle of a burst.
    server = await startServer(env, logFile);
    let stopped: Promise<string> | undefined;
    const killed = await exactBeacons(server.port, KILL_BURST, ids, {
      ms: (KILL_BURST * 1000) / 2,
      stop: () => (stopped = stop(server)),
    });
    const exitCode = await stopped!;
    log(`${kind}: SIGTERM mid-burst: ${killed.ok} accepted (${killed.afterStop} after the signal), ${killed.errors} refused connections; server ended with ${exitCode}`);

    // 4: the restarted server loads what was kept and goes on counting.
    server = await startServer(env, logFile);
    const last = await exactBeacons(server.port, 1, ids);
    await stop(server);
    const keptBeforeNat = await kept();

    // 5: phones behind one address, on stories of their own (a fresh DATA_DIR or prefix).
    const natEnv = { ...env, VIEWS_READERS_PER_ADDRESS: String(CAP), DATA_DIR: fs.mkdtempSync(path.join(work, `data-${kind}-nat-`)), VIEWS_REDIS_PREFIX: `${prefix}nat:` };
    server = await startServer(natEnv, logFile);
    const natIds = ids.slice(-4);
    const { refused: natRefused } = await natBeacons(server.port, natIds);
    await stop(server);
    const byId = kind === 'file' ? await byIdInFile(natEnv.DATA_DIR) : await byIdInRedis(redis!.url, natEnv.VIEWS_REDIS_PREFIX);
    const nat: Nat = { phones: byId.get(natIds[1]!) ?? 0, minted: byId.get(natIds[0]!) ?? 0, minter: byId.get(natIds[2]!) ?? 0, hoarded: byId.get(natIds[3]!) ?? 0, refused: natRefused };
    log(`${kind}: ${PHONES} phones behind one address: ${nat.phones} counted (cap ${CAP}); first beacons (no token yet): ${nat.minted}; cookie-dropping client: ${nat.minter}; token hoarder: ${nat.hoarded}; refused: ${nat.refused}`);

    return {
      store: kind,
      staticRps: page.ok / page.seconds,
      beaconsPerSec: burst.ok / burst.seconds,
      burstAccepted: warm.ok + burst.ok,
      burstKept,
      accepted: killed.ok + last.ok,
      kept: keptBeforeNat - burstKept,
      acceptedAfterSigterm: killed.afterStop,
      refused: warm.other + burst.other + killed.other + last.other,
      errors: page.errors + warm.errors + burst.errors + last.errors,
      exitCode,
      nat,
    };
  } finally {
    await redis?.stop();
  }
}

const rate = (l: Load) => Math.round(l.ok / l.seconds);
const log = (s: string) => console.error(`[bench] ${s}`);

async function main() {
  requireBuild();
  if (!['file', 'redis', 'both'].includes(args.store)) throw new Error('--store is file, redis or both');
  const stores = args.store === 'both' ? (['file', 'redis'] as const) : [args.store as 'file' | 'redis'];
  const ids = visibleIds();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-views-'));
  const rows: Row[] = [];
  for (const kind of stores) rows.push(await benchStore(kind, ids, work));

  console.log(`\nPOST /api/views vs GET ${args.static}: ${CONNECTIONS} connections, ${DURATION} s each, on ${os.cpus().length} cores; node ${process.version}\n`);
  console.log(
    '| store | static page req/s | beacons accepted/s | ratio (target ≥ 0.8) | step 2: accepted / kept | steps 3–4: accepted (204) | kept after SIGTERM + restart | lost | 204s after SIGTERM | refused (4xx/5xx) | server exit on SIGTERM |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const ratio = r.beaconsPerSec / r.staticRps;
    const lost = r.accepted - r.kept;
    const burstLost = r.burstAccepted - r.burstKept;
    console.log(
      `| ${r.store} | ${Math.round(r.staticRps)} | ${Math.round(r.beaconsPerSec)} | ${ratio.toFixed(2)} ${ratio >= 0.8 ? '✓' : '✗'} | ${r.burstAccepted} / ${r.burstKept} | ${r.accepted} | ${r.kept} | ${Math.max(0, lost)} ${lost === 0 ? '✓' : '✗'} | ${r.acceptedAfterSigterm} | ${r.refused} | ${r.exitCode} |`,
    );
    if (burstLost > 0) console.log(`\n${r.store}: step 2 kept ${burstLost} fewer reads than autocannon saw accepted`);
  }
  console.log(`\nCarrier-grade NAT (step 5): ${PHONES} phones behind one address, reader cap ${CAP} per address per story per 30 minutes\n`);
  console.log(`| store | phones counted (want min(phones, cap)) | their first beacons, before a token (counted as the address) | client dropping its cookie, ${PHONES} beacons | client hoarding ${PHONES} tokens | phones' beacons with a token refused |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  const natOk = (n: Nat) => n.phones === Math.min(PHONES, CAP) && n.minter <= 1 && n.hoarded <= CAP && n.minted <= CAP && n.refused === 0;
  for (const r of rows)
    console.log(`| ${r.store} | ${r.nat.phones} ${r.nat.phones === Math.min(PHONES, CAP) ? '✓' : '✗'} | ${r.nat.minted} | ${r.nat.minter} ${r.nat.minter <= 1 ? '✓' : '✗'} | ${r.nat.hoarded} ${r.nat.hoarded <= CAP ? '✓' : '✗'} | ${r.nat.refused} |`);
  // Kept above accepted would be reads counted whose answer never reached the client: not a loss, but not expected either.
  const failed = rows.some((r) => r.kept !== r.accepted || r.burstKept < r.burstAccepted || r.refused > 0 || r.errors > 0 || !natOk(r.nat));
  if (failed) console.log(`\nFAIL: accepted and kept reads differ, or requests failed. Server logs and data: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
