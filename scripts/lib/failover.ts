// What readers see while instances are restarted, killed, or lose their database: the
// scenario behind `npm run bench:failover` (scripts/bench-failover.ts) and
// `npm run test:failover` (scripts/check-failover.ts, smaller, with its targets as checks).
//
// On one machine: a throwaway PostgreSQL (a copy of content/ plus generated stories, synced
// by content:sync's own code) and redis-server, N `next start` on one build (each its own
// DATA_DIR and port; one DATABASE_URL and VIEWS_REDIS_URL), nginx with deploy/nginx.conf in
// front. Readers loop through the edge over a mix: stories never asked before (so never
// cached), section pages, the search API, read beacons (each a distinct reader and story, so
// each 204 must become exactly one count in Redis) and /api/health. While they run:
//   steady → rolling restart (each instance: SIGTERM, wait for its exit, start, wait for
//   /api/health) → kill (SIGKILL one, leave it down, start it) → database stop (stopped,
//   left down, started; until every instance says healthy) → after.
// Every answer is filed under the phase it came back in.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Redis from 'ioredis';
import pg from 'pg';
import { FileStore } from '../../lib/content/files/store';
import { syncStore } from '../../lib/content/postgres/sync';
import { startPostgres, type PgTestServer } from '../pg-test-server';
import { startRedis, type RedisTestServer } from '../redis-test-server';
import { articlePath, tempDataDir } from './bench-pages';
import { productionConf, startNginx, type Nginx } from './nginx';
import { freePort, startServer, type Server } from './server';
import { storyGenerator } from './story-generator';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const SECRET = 'failover-check-preview-secret-0123456789';
const PREFIX = 'failover:';

export type FailoverOptions = {
  instances: number;
  /** Readers, each sending its next request when the last one is answered. */
  readers: number;
  /** Generated stories: enough for every story request and every beacon to have its own. */
  stories: number;
  steadyMs: number;
  /** How long the killed instance stays down before it is started again. */
  killDownMs: number;
  dbDownMs: number;
  log?: (line: string) => void;
  /** A folder for the instances' and nginx's logs (kept); otherwise they go with the run. */
  logDir?: string;
  /** The nginx config to run (default: the shipped deploy/nginx.conf). */
  nginxConf?: string;
};

export type Kind = 'story' | 'section' | 'search' | 'beacon' | 'health';
export type Outcome = {
  /** The phase the answer came back in, and the one the request was sent in. */
  phase: string;
  sentIn: string;
  kind: Kind;
  path: string;
  status: number | string;
  ms: number;
  retryAfter: boolean;
  story?: string;
  /** For an unexpected status: the edge's cache status and the start of the body. */
  detail?: string;
};
export type PhaseReport = {
  phase: string;
  ms: number;
  sent: number;
  /** Answers other than 2xx, by status ('reset': the connection failed or the body was cut). */
  failures: Record<string, number>;
  p99: number;
  beaconsAccepted: number;
  beaconsCounted: number;
  /** Beacons answered 204 whose story has no count in Redis. */
  beaconsLost: number;
};
export type FailoverReport = { phases: PhaseReport[]; outcomes: Outcome[]; notes: string[] };

export const PHASES = ['steady', 'rolling restart', 'kill', 'database stop', 'after'] as const;

/** One request through the edge; never throws. */
function send(base: URL, kind: Kind, p: string, body: string | undefined, localAddress: string, agent: http.Agent | false) {
  return new Promise<{ status: number | string; ms: number; retryAfter: boolean; detail?: string }>((resolve) => {
    const t0 = performance.now();
    const headers: Record<string, string> = { 'User-Agent': BROWSER, 'Accept-Encoding': 'gzip' };
    if (body !== undefined) Object.assign(headers, { 'Content-Type': 'text/plain;charset=UTF-8', Origin: base.origin, 'Sec-Fetch-Site': 'same-origin' });
    const req = http.request({ host: base.hostname, port: base.port, path: p, method: body === undefined ? 'GET' : 'POST', headers, localAddress, agent, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      const unexpected = res.statusCode! >= 300;
      res.on('data', (d: Buffer) => unexpected && chunks.push(d));
      res.on('end', () => {
        let detail: string | undefined;
        if (unexpected) {
          const raw = Buffer.concat(chunks);
          const text = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw, { finishFlush: zlib.constants.Z_SYNC_FLUSH }) : raw;
          detail = `x-cache-status ${res.headers['x-cache-status'] ?? '–'}: ${String(text).replace(/\s+/g, ' ').slice(0, 300)}`;
        }
        resolve({ status: res.statusCode!, ms: performance.now() - t0, retryAfter: res.headers['retry-after'] !== undefined, detail });
      });
      res.on('error', () => resolve({ status: 'reset', ms: performance.now() - t0, retryAfter: false }));
      res.on('aborted', () => resolve({ status: 'reset', ms: performance.now() - t0, retryAfter: false }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: e.message === 'timeout' ? 'timeout' : 'reset', ms: performance.now() - t0, retryAfter: false }));
    req.end(body);
  });
}

const p99 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]! : 0);

export async function runFailover(o: FailoverOptions): Promise<FailoverReport> {
  const log = o.log ?? (() => {});
  const notes: string[] = [];
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-failover-content-'));
  fs.cpSync('content', copy, { recursive: true });
  const sections = JSON.parse(fs.readFileSync(path.join(copy, 'sections.json'), 'utf8')) as { id: string }[];
  const next = storyGenerator({ seed: 27, sections, now: Date.now(), first: 0 });
  for (let i = 0; i < o.stories; i++) {
    const { article, published } = next();
    const date = new Date(published);
    const dir = path.join(copy, 'articles', 'failover', String(date.getUTCFullYear()), String(date.getUTCMonth() + 1).padStart(2, '0'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${article.id}.json`), JSON.stringify(article));
  }

  let db: PgTestServer | undefined;
  let redis: RedisTestServer | undefined;
  let edge: Nginx | undefined;
  const servers: (Server | undefined)[] = [];
  const dataDirs: string[] = [];
  try {
    const store = new FileStore(copy).load();
    const now = Date.now();
    const visible = (['ar', 'en'] as const).flatMap((locale) => store.all({ locale }, { preview: false, now })).filter((a) => a.id.startsWith('story-'));
    const storyPaths = visible.map(articlePath);
    const beaconIds = visible.map((a) => a.id).reverse();
    const sectionPaths = store.sections().flatMap((s) => [`/ar/${s.id}`, `/en/${s.id}`]);
    [db, redis] = await Promise.all([startPostgres(), startRedis()]);
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    await syncStore(pool, store);
    await pool.end();
    store.dispose();

    const edgePort = await freePort();
    const env = (): Record<string, string> => {
      const dir = tempDataDir();
      dataDirs.push(dir);
      return {
        CONTENT_BACKEND: 'postgres',
        DATABASE_URL: db!.url,
        VIEWS_REDIS_URL: redis!.url,
        VIEWS_REDIS_PREFIX: PREFIX,
        // One machine plays thousands of readers: the per-reader limits are not what is measured.
        VIEWS_RATE_PER_MINUTE: '100000',
        SEARCH_RATE_PER_MINUTE: '100000',
        PREVIEW_SECRET: SECRET,
        CONTENT_DIR: copy,
        DATA_DIR: dir,
        SITE_URL: `http://127.0.0.1:${edgePort}`,
        TRUST_PROXY: '127.0.0.1',
      };
    };
    const envs = Array.from({ length: o.instances }, env);
    const ports = await Promise.all(envs.map(() => freePort()));
    if (o.logDir) fs.mkdirSync(o.logDir, { recursive: true });
    const start = (i: number) => startServer(envs[i]!, ports[i]!, 90_000, path.join(o.logDir ?? dataDirs[i]!, `instance-${i + 1}.log`));
    servers.push(...(await Promise.all(envs.map((_, i) => start(i)))));
    edge = await startNginx((port) => productionConf(port, ports.map((p) => `127.0.0.1:${p}`), o.nginxConf), { port: edgePort });
    log(`${o.instances} instances (${ports.join(', ')}), nginx ${edge.url}, PostgreSQL ${db.port}, Redis ${redis.port}; ${storyPaths.length} stories never asked`);

    // Every section page asked once through the edge: "pages already cached" during the
    // database stop are then these, whatever the readers reached before it.
    const base = new URL(edge.url);
    for (const p of sectionPaths) {
      const got = await send(base, 'section', p, undefined, '127.0.0.1', false);
      if (got.status !== 200) throw new Error(`${p} answered ${got.status} before the scenario started`);
    }

    // The readers.
    const outcomes: Outcome[] = [];
    let phase: string = PHASES[0];
    let running = true;
    let nextStory = 0;
    let nextBeacon = 0;
    const mix: Kind[] = ['story', 'section', 'beacon', 'story', 'search', 'section', 'beacon', 'health'];
    const words = ['المغرب', 'الماء', 'morocco', 'energy', 'الاقتصاد', 'festival'];
    const agent = new http.Agent({ keepAlive: true, maxSockets: o.readers });
    const reader = async (r: number) => {
      for (let n = r; running; n++) {
        const kind = mix[n % mix.length]!;
        let p: string;
        let body: string | undefined;
        let story: string | undefined;
        let from = '127.0.0.1';
        if (kind === 'story') p = storyPaths[nextStory++ % storyPaths.length]!;
        else if (kind === 'section') p = sectionPaths[n % sectionPaths.length]!;
        else if (kind === 'search') p = `/api/search?q=${encodeURIComponent(words[n % words.length]!)}&locale=${n % 2 ? 'ar' : 'en'}`;
        else if (kind === 'health') p = '/api/health';
        else {
          // A distinct reader per beacon: its own story, and a loopback address of its own once the stories run out.
          const k = nextBeacon++;
          story = beaconIds[k % beaconIds.length]!;
          from = `127.0.0.${2 + (Math.floor(k / beaconIds.length) % 250)}`;
          if (k >= beaconIds.length) notes.push('more beacons than stories: per-phase counts are approximate');
          p = '/api/views';
          body = JSON.stringify({ id: story });
        }
        const sentIn = phase;
        const got = await send(base, kind, p, body, from, kind === 'beacon' ? false : agent);
        // Filed under the phase it was answered in: a request cut by the kill belongs to the kill.
        outcomes.push({ phase, sentIn, kind, path: p, story, ...got });
      }
    };
    const load = Promise.all(Array.from({ length: o.readers }, (_, r) => reader(r)));
    const marks: { phase: string; at: number }[] = [];
    const enter = (name: string) => {
      phase = name;
      marks.push({ phase: name, at: Date.now() });
      log(`— ${name}`);
    };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    try {
      enter('steady');
      await wait(o.steadyMs);

      enter('rolling restart');
      for (let i = 0; i < o.instances; i++) {
        const t0 = Date.now();
        const code = await servers[i]!.stop('SIGTERM');
        const drained = Date.now() - t0;
        servers[i] = undefined;
        servers[i] = await start(i);
        log(`  instance ${i + 1}: drained and exited (code ${code}) in ${drained} ms, healthy again ${Date.now() - t0} ms after the signal`);
        notes.push(`rolling restart, instance ${i + 1}: exit code ${code} ${drained} ms after SIGTERM`);
      }

      enter('kill');
      await servers[0]!.stop('SIGKILL');
      servers[0] = undefined;
      await wait(o.killDownMs);
      servers[0] = await start(0);

      enter('database stop');
      await db.kill();
      await wait(o.dbDownMs);
      await db.restart();
      const t0 = Date.now();
      for (const s of servers) {
        while ((await fetch(`${s!.url}/api/health`).then((r) => r.status, () => 0)) !== 200 && Date.now() - t0 < 60_000) await wait(200);
      }
      log(`  every instance healthy ${Date.now() - t0} ms after the database started again`);

      enter('after');
      await wait(o.steadyMs);
    } finally {
      running = false;
      await load;
      agent.destroy();
    }
    marks.push({ phase: 'end', at: Date.now() });

    // Beacons: each story had one (unless noted), so a story's count says whether its beacon counted.
    const client = new Redis(redis.url, { lazyConnect: true });
    await client.connect();
    const counts = new Map<string, number>();
    for (const key of await client.keys(`${PREFIX}day:*`)) {
      const flat = await client.zrange(key, 0, -1, 'WITHSCORES');
      for (let i = 0; i < flat.length; i += 2) counts.set(flat[i]!, (counts.get(flat[i]!) ?? 0) + Number(flat[i + 1]));
    }
    await client.quit();

    const phases = PHASES.map((name): PhaseReport => {
      const mine = outcomes.filter((x) => x.phase === name);
      const failures: Record<string, number> = {};
      for (const x of mine) if (typeof x.status !== 'number' || x.status < 200 || x.status > 299) failures[x.status] = (failures[x.status] ?? 0) + 1;
      const beacons = mine.filter((x) => x.kind === 'beacon');
      const accepted = beacons.filter((x) => x.status === 204);
      const i = marks.findIndex((m) => m.phase === name);
      return {
        phase: name,
        ms: i >= 0 ? marks[i + 1]!.at - marks[i]!.at : 0,
        sent: mine.length,
        failures,
        p99: Math.round(p99(mine.map((x) => x.ms))),
        beaconsAccepted: accepted.length,
        beaconsCounted: beacons.filter((x) => (counts.get(x.story!) ?? 0) > 0).length,
        beaconsLost: accepted.filter((x) => (counts.get(x.story!) ?? 0) === 0).length,
      };
    });
    return { phases, outcomes, notes: [...new Set(notes)] };
  } finally {
    await Promise.all(servers.map((s) => s?.stop()));
    if (edge && o.logDir) fs.copyFileSync(path.join(edge.prefix, 'logs', 'error.log'), path.join(o.logDir, 'nginx-error.log'));
    await edge?.stop();
    await Promise.all([db?.stop(), redis?.stop()]);
    for (const d of [copy, ...dataDirs]) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** The report as a Markdown table. */
export function phaseTable(phases: PhaseReport[]): string {
  const rows = [
    '| phase | time | requests | not 2xx (by status) | p99 | read beacons accepted / counted |',
    '|---|---:|---:|---|---:|---:|',
    ...phases.map((p) => {
      const bad = Object.entries(p.failures)
        .map(([s, n]) => `${n}× ${s}`)
        .join(', ');
      return `| ${p.phase} | ${(p.ms / 1000).toFixed(1)} s | ${p.sent.toLocaleString('en')} | ${bad || '0'} | ${p.p99} ms | ${p.beaconsAccepted} / ${p.beaconsCounted}${p.beaconsLost ? ` (${p.beaconsLost} lost)` : ''} |`;
    }),
  ];
  return rows.join('\n');
}

export type Verdict = { ok: boolean; what: string; detail?: string };

/** The issue's targets (#27), checked on a report: what `npm run test:failover` asserts. */
export function failoverTargets(r: FailoverReport, readers: number): Verdict[] {
  const phase = (name: string) => r.outcomes.filter((x) => x.phase === name);
  const bad = (xs: Outcome[]) => xs.filter((x) => typeof x.status !== 'number' || x.status < 200 || x.status > 299);
  const show = (xs: Outcome[]) =>
    xs
      .slice(0, 8)
      .map((x) => `${x.kind} ${x.path} → ${x.status}${x.detail ? ` (${x.detail.slice(0, 120)})` : ''}`)
      .join('; ');
  const out: Verdict[] = [];
  for (const name of ['steady', 'rolling restart', 'after']) {
    const errors = bad(phase(name));
    // (The rolling restart lasts long enough for answers to come back during it on any machine.)
    const ran = name !== 'rolling restart' || phase(name).length > 0;
    out.push({ ok: ran && errors.length === 0, what: `${name}: ${phase(name).length} requests, ${errors.length} not 2xx`, detail: show(errors) });
  }
  // At most the requests that were in flight, one per reader, can have been on the killed instance.
  const killed = bad(phase('kill'));
  out.push({ ok: killed.length <= readers, what: `kill: ${killed.length} not 2xx of ${phase('kill').length} (at most ${readers}, the requests in flight)`, detail: show(killed) });
  // Database stop: pages asked before keep answering 200, anything else is a 503 with
  // Retry-After, none a 500 (a render cut mid-way is asked of another instance by the edge).
  const db = phase('database stop');
  const sections = db.filter((x) => x.kind === 'section');
  const wrong = bad(db).filter((x) => !(x.status === 503 && x.retryAfter));
  out.push({ ok: sections.length > 0 && sections.every((x) => x.status === 200), what: `database stop: section pages (cached) ${sections.filter((x) => x.status === 200).length} of ${sections.length} answered 200`, detail: show(sections.filter((x) => x.status !== 200)) });
  out.push({ ok: db.some((x) => x.status === 503) && wrong.length === 0, what: `database stop: ${db.filter((x) => x.status === 503).length} answers 503 with Retry-After, ${wrong.length} other errors (${wrong.filter((x) => x.status === 500).length} of them 500)`, detail: show(wrong) });
  const accepted = r.phases.reduce((n, p) => n + p.beaconsAccepted, 0);
  const lost = r.phases.reduce((n, p) => n + p.beaconsLost, 0);
  out.push({ ok: accepted > 0 && lost === 0, what: `read beacons: ${accepted} accepted, ${lost} of them not counted` });
  return out;
}
