// Makes the PostgreSQL database match the JSON store that editors write:
//   DATABASE_URL=postgres://… npm run content:sync -- --once    one pass; exit 1 when a file has an error (is left out)
//   DATABASE_URL=postgres://… npm run content:sync -- --watch   follows CONTENT_DIR until stopped
//   … --allow-removals   lets a pass remove more than 10 % of the stories (at least 50)
// Without valid sections (sections.json missing or broken, a mistyped CONTENT_DIR, a folder
// not mounted) or with too many removals, a pass writes nothing: --once exits 1 saying why,
// --watch says so and waits for the folder to change, and keeps the database's sections (the
// last valid ones) while sections.json is broken, across its own restarts.
// The folder is read and checked by the files source's own code (lib/content/files), so a
// broken file is reported (path, field, reason) and treated exactly as that source treats
// it; the schema is created or migrated first. Every app instance hears of a change within
// moments (NOTIFY at commit, see lib/content/postgres/sync.ts).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FileStore } from '../lib/content/files/store';
import { contentDir } from '../lib/content/files/read';
import { SyncRefused, heldSections, syncStore, type SyncResult } from '../lib/content/postgres/sync';
import type { Problem } from '../lib/content/types';

const { values } = parseArgs({ options: { once: { type: 'boolean' }, watch: { type: 'boolean' }, dir: { type: 'string' }, 'allow-removals': { type: 'boolean' } } });
const url = process.env.DATABASE_URL;
if (!url || values.once === values.watch) {
  console.error('usage: DATABASE_URL=postgres://… [CONTENT_DIR=…] npm run content:sync -- --once | --watch [--dir DIR] [--allow-removals]');
  process.exit(2);
}
const dir = values.dir ? new FileStore(values.dir).root : contentDir();

const line = (p: Problem) => `${p.level === 'error' ? 'error  ' : 'warning'} ${p.file}${p.field ? `  ${p.field}` : ''}: ${p.reason}`;
const mediaSummary = (r: SyncResult) => (r.media.written || r.media.removed ? `, pictures: ${r.media.written} written, ${r.media.removed} removed` : '');
const summary = (r: SyncResult, ms: number) =>
  `${dir} → database: ${r.added} added, ${r.updated} updated, ${r.removed} removed${r.sections ? ', sections changed' : ''}${mediaSummary(r)}; ${r.problems} problem(s) (${r.errors} error(s)) in ${ms} ms`;

const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000, application_name: 'sahifa-sync' });
pool.on('error', () => {});
const store = new FileStore(dir).load();
const options = { allowRemovals: values['allow-removals'] };

async function once(): Promise<SyncResult> {
  const t0 = Date.now();
  for (const p of store.problems()) console.log(line(p));
  const r = await syncStore(pool, store, options);
  for (const p of r.mediaProblems) console.log(line(p));
  console.log(summary(r, Date.now() - t0));
  return r;
}

if (values.once) {
  once()
    .then(async (r) => {
      await pool.end();
      process.exit(r.errors > 0 ? 1 : 0); // a warning leaves nothing out
    })
    .catch(async (e: unknown) => {
      const refused = e instanceof SyncRefused;
      console.error(`content:sync ${refused ? 'refused' : 'failed'}: ${(e as Error).message}`);
      await pool.end().catch(() => {});
      process.exit(refused ? 1 : 2);
    });
} else {
  // The files store follows the folder (as an app instance on files would); each time it
  // changed, the difference goes to the database. A failed pass (the database away) is
  // retried until it succeeds.
  let synced = -1;
  let running = false;
  const tick = async () => {
    if (running || store.generation === synced) return;
    running = true;
    const target = store.generation;
    const first = synced === -1;
    try {
      // sections.json broken at a (re)start: the database's sections are the last valid ones.
      if (store.sections().length === 0) store.keepSections(await heldSections(pool));
      if (first) for (const p of store.problems()) console.log(line(p));
      const t0 = Date.now();
      const r = await syncStore(pool, store, options);
      synced = target;
      if (first || r.added || r.updated || r.removed || r.sections || r.media.written || r.media.removed) {
        for (const p of r.mediaProblems) console.log(line(p));
        console.log(`${new Date().toISOString()} ${summary(r, Date.now() - t0)}`);
      }
    } catch (e) {
      // Refused: nothing to retry until the folder changes. Failed (the database away): retried.
      if (e instanceof SyncRefused) synced = store.generation;
      console.error(`${new Date().toISOString()} content:sync ${e instanceof SyncRefused ? 'refused' : 'failed'}: ${(e as Error).message}${e instanceof SyncRefused ? ' (waiting for the folder to change)' : ' (retrying)'}`);
    } finally {
      running = false;
    }
  };
  store.watch();
  setInterval(() => void tick(), 200);
  void tick();
  const stop = () => {
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
