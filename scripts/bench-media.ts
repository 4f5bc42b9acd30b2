// Stories' pictures on files and on PostgreSQL:
//   npm run bench:media [-- --count 10000] [--rounds 2] [--sample 200]     (--count 0: the demo store only)
// Needs `npm run build`. Every request is sequential, on loopback, to a fresh `next start`
// on a copy of the build whose image-optimiser cache is empty:
// 1. The demo store's published pictures (content/), each asked as a reader's page asks for
//    it: the original (/media/…, after one untimed pass), then its resized copy (/_next/image, w=640, q=60, WebP),
//    first made ("uncached": X-Nextjs-Cache MISS, the optimiser fetches the original from the
//    app and encodes it) then found ("cached": HIT). Once with CONTENT_BACKEND=files, once
//    with postgres (the store synced, CONTENT_DIR a missing folder). p50/p95 of each.
// 2. The database's growth: the `media` table (with its TOAST and index) after syncing the
//    demo store, and after syncing `--count` generated stories each naming its own picture
//    (the demo pictures' bytes, each made distinct), with the sync's time, a second sync's
//    time (nothing changed: nothing read) and the resized copies' times on that database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FileStore } from '../lib/content/files/store';
import { syncStore } from '../lib/content/postgres/sync';
import { tempDataDir, today } from './lib/bench-pages';
import { clearImageCache, freshBuildCopy, mediaUrl, resizedUrl, storePictures } from './lib/media-instance';
import { startServer } from './lib/server';
import { storyGenerator } from './lib/story-generator';
import { startPostgres } from './pg-test-server';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '2' }, sample: { type: 'string', default: '200' } } });
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
const SAMPLE = Number(values.sample);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms (n=${xs.length})`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function timed(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; cache: string | null; status: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, cache: res.headers.get('x-nextjs-cache'), status: res.status, bytes: body.byteLength };
}

type Run = { original: number[]; uncached: number[]; cached: number[]; bad: number };

/** Each picture's original, then its resized copy made, then found; on a fresh server with an empty optimiser cache. */
async function measure(env: Record<string, string>, pictures: string[], dist: string): Promise<Run> {
  clearImageCache(dist);
  const data = tempDataDir();
  const server = await startServer({ NEXT_DIST_DIR: dist, DATA_DIR: data, PREVIEW_SECRET: 'bench-media-preview-secret-0123456789', ...env });
  const run: Run = { original: [], uncached: [], cached: [], bad: 0 };
  try {
    // A fresh process compiles the route and (on PostgreSQL) opens and primes its pool in its
    // first seconds: a running instance's figures come after one untimed pass.
    for (const pic of pictures) await timed(server.url + mediaUrl(pic));
    for (const pic of pictures) {
      const o = await timed(server.url + mediaUrl(pic));
      if (o.status !== 200) run.bad++;
      run.original.push(o.ms);
    }
    const webp = { Accept: 'image/webp,*/*' };
    for (const [list, want] of [[run.uncached, 'MISS'], [run.cached, 'HIT']] as const) {
      for (const pic of pictures) {
        const r = await timed(server.url + resizedUrl(pic, 640), webp);
        if (r.status !== 200 || r.cache !== want) run.bad++;
        list.push(r.ms);
      }
    }
  } finally {
    await server.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
  return run;
}

const report = (name: string, r: Run) =>
  console.log(`${name}: original ${fmt(r.original)}; resized uncached ${fmt(r.uncached)}; resized cached ${fmt(r.cached)}${r.bad ? `; ${r.bad} unexpected answers` : ''}`);

async function mediaSize(pool: pg.Pool): Promise<{ rows: number; bytes: number; data: number }> {
  const r = await pool.query<{ rows: string; bytes: string; data: string }>(`SELECT count(*) AS rows, pg_total_relation_size('media') AS bytes, coalesce(sum(size), 0) AS data FROM media`);
  return { rows: Number(r.rows[0]!.rows), bytes: Number(r.rows[0]!.bytes), data: Number(r.rows[0]!.data) };
}

/** A store of `count` generated stories, each naming its own picture: a demo picture's bytes with a few of its own after the image's end (decoders stop there). */
function generatedStore(count: number): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-media-'));
  const sections = JSON.parse(fs.readFileSync('content/sections.json', 'utf8')) as { id: string }[];
  fs.writeFileSync(path.join(out, 'sections.json'), JSON.stringify(sections));
  const demo = fs.readdirSync('content/media').filter((f) => f.endsWith('.jpg')).sort().map((f) => fs.readFileSync(path.join('content/media', f)));
  const next = storyGenerator({ seed: 11, sections, now: Date.now() });
  for (let i = 0; i < count; i++) {
    const { article } = next();
    const folder = String(Math.floor(i / 1000)).padStart(2, '0');
    const pic = `gen/${folder}/${article.id}.jpg`;
    article.image = { ...(article.image as object), src: `/media/${pic}` };
    const dir = path.join(out, 'articles', folder);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${article.id}.json`), JSON.stringify(article));
    fs.mkdirSync(path.join(out, 'media/gen', folder), { recursive: true });
    fs.writeFileSync(path.join(out, 'media', pic), Buffer.concat([demo[i % demo.length]!, Buffer.from(`sahifa-bench ${i}`)]));
  }
  return out;
}

async function main() {
  console.log(`bench:media ${today()}, ${os.cpus().length} cores, Node ${process.version}`);
  const dist = freshBuildCopy('bench-media');
  const db = await startPostgres();
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-media-demo-'));
  let generated: string | undefined;
  try {
    fs.cpSync('content', copy, { recursive: true });
    const store = new FileStore(copy).load();
    const { shown } = storePictures(store);
    const admin = new pg.Pool({ connectionString: db.url, max: 2 });
    await admin.query('CREATE DATABASE demo');
    await admin.query('CREATE DATABASE big');
    await admin.end();
    const demoUrl = db.url.replace(/\/postgres$/, '/demo');
    const demoPool = new pg.Pool({ connectionString: demoUrl, max: 2 });
    let t0 = performance.now();
    const synced = await syncStore(demoPool, store);
    const demoSync = performance.now() - t0;
    const demoSize = await mediaSize(demoPool);
    const folderBytes = fs.readdirSync(path.join(copy, 'media'), { recursive: true }).reduce((n, f) => n + (fs.statSync(path.join(copy, 'media', String(f))).isFile() ? fs.statSync(path.join(copy, 'media', String(f))).size : 0), 0);
    console.log(`demo store: ${shown.length} published pictures; sync wrote ${synced.media.written} pictures in ${demoSync.toFixed(0)} ms; media table ${mb(demoSize.bytes)} for ${demoSize.rows} pictures of ${mb(demoSize.data)} (the folder: ${mb(folderBytes)})`);
    await demoPool.end();
    store.dispose();

    for (let round = 1; round <= ROUNDS; round++) {
      report(`round ${round}, files`, await measure({ CONTENT_BACKEND: 'files', CONTENT_DIR: copy }, shown, dist));
      report(`round ${round}, postgres`, await measure({ CONTENT_BACKEND: 'postgres', DATABASE_URL: demoUrl, CONTENT_DIR: path.join(copy, 'not-there') }, shown, dist));
    }

    if (!COUNT) return;
    t0 = performance.now();
    generated = generatedStore(COUNT);
    console.log(`generated ${COUNT} stories and pictures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const bigUrl = db.url.replace(/\/postgres$/, '/big');
    const bigPool = new pg.Pool({ connectionString: bigUrl, max: 2 });
    const big = new FileStore(generated).load();
    t0 = performance.now();
    const first = await syncStore(bigPool, big);
    const firstMs = performance.now() - t0;
    t0 = performance.now();
    const again = await syncStore(bigPool, big);
    const againMs = performance.now() - t0;
    const bigSize = await mediaSize(bigPool);
    const dbSize = Number((await bigPool.query<{ n: string }>(`SELECT pg_database_size('big') AS n`)).rows[0]!.n);
    console.log(
      `${COUNT} generated: sync ${first.added} stories, ${first.media.written} pictures in ${(firstMs / 1000).toFixed(1)} s; again (nothing changed) ${again.media.written} written in ${(againMs / 1000).toFixed(1)} s; ` +
        `media table ${mb(bigSize.bytes)} for ${bigSize.rows} pictures of ${mb(bigSize.data)} (${(bigSize.bytes / bigSize.rows / 1024).toFixed(1)} KB a picture); whole database ${mb(dbSize)}`,
    );
    const { shown: bigShown } = storePictures(big);
    big.dispose();
    await bigPool.end();
    const step = Math.max(1, Math.floor(bigShown.length / SAMPLE));
    const sample = bigShown.filter((_, i) => i % step === 0).slice(0, SAMPLE);
    report(`${COUNT} generated, postgres`, await measure({ CONTENT_BACKEND: 'postgres', DATABASE_URL: bigUrl, CONTENT_DIR: path.join(copy, 'not-there') }, sample, dist));
  } finally {
    await db.stop();
    fs.rmSync(copy, { recursive: true, force: true });
    if (generated) fs.rmSync(generated, { recursive: true, force: true });
    fs.rmSync('.e2e/bench-media', { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
