// content:sync never empties the site (throwaway PostgreSQL): without valid sections it writes
// nothing, a pass that would remove too many stories waits for --allow-removals, --watch keeps
// the database's sections while sections.json is broken, and a story holding text PostgreSQL
// cannot store is left out while every other story goes through.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { SECTIONS, article, makeStore, writeFile } from '../test-store';
import { PostgresSource } from './source';
import { FileStore } from '../files/store';
import { SyncRefused, removalLimit, syncStore, type SyncOptions } from './sync';
import { freshDatabase, syncOnce } from './test-database';

let server: PgTestServer;
const database = async () => new PostgresSource(await freshDatabase(server, 'guard'));
const urlOf = (db: PostgresSource) => (db.pool as unknown as { options: { connectionString: string } }).options.connectionString;
const sync = (db: PostgresSource, dir: string, ...args: string[]) => syncOnce(urlOf(db), dir, ...args);

/** One pass in this process (the CLI's exit codes and messages are checked once each). */
async function pass(db: PostgresSource, dir: string, options?: SyncOptions) {
  const store = new FileStore(dir).load();
  try {
    return await syncStore(db.pool, store, options);
  } finally {
    store.dispose();
  }
}

async function held(db: PostgresSource) {
  const stories = (await db.pool.query<{ id: string }>('SELECT id FROM stories ORDER BY id')).rows.map((r) => r.id);
  const sections = (await db.pool.query<{ id: string }>('SELECT id FROM sections ORDER BY position')).rows.map((r) => r.id);
  return { stories, sections };
}

const stories = (count: number, prefix = 's') => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}.json`, article({ id: `${prefix}-${i}` })]));

describe('the removal limit', () => {
  it('is 10 % of the stories, and never under 50', () => {
    expect(removalLimit(0)).toBe(50);
    expect(removalLimit(120)).toBe(50);
    expect(removalLimit(1000)).toBe(100);
    expect(removalLimit(100_000)).toBe(10_000);
  });
});

describe.skipIf(process.env.SKIP_POSTGRES === '1')('content:sync never empties the site', () => {
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('writes nothing without valid sections (missing, truncated, empty, a mistyped or empty folder) and says which file and why', async () => {
    const db = await database();
    const dir = makeStore({ 'a.json': article({ id: 'keep-a' }), 'b.json': article({ id: 'keep-b' }) });
    await pass(db, dir);
    const before = await held(db);
    expect(before).toEqual({ stories: ['keep-a', 'keep-b'], sections: ['news', 'sports'] });

    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-empty-'));
    const cases: [string, () => string, RegExp][] = [
      ['truncated', () => (fs.writeFileSync(path.join(dir, 'sections.json'), JSON.stringify(SECTIONS).slice(0, 30)), dir), /is not valid JSON/],
      ['an empty list', () => (fs.writeFileSync(path.join(dir, 'sections.json'), '[]'), dir), /needs at least one section/],
      ['missing', () => (fs.rmSync(path.join(dir, 'sections.json')), dir), /cannot be read \(ENOENT\)/],
      ['a mistyped CONTENT_DIR', () => `${dir}-typo`, /cannot be read \(ENOENT\)/],
      ['an empty (unmounted) folder', () => empty, /cannot be read \(ENOENT\)/],
    ];
    for (const [what, make, reason] of cases) {
      const at = make();
      await expect(pass(db, at), what).rejects.toThrow(SyncRefused);
      await expect(pass(db, at), what).rejects.toThrow(reason);
      expect(await held(db), what).toEqual(before);
    }
    // The command: exit 1, the file and the reason, nothing written.
    const r = sync(db, dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/content:sync refused: sections\.json in .* is missing or invalid \(cannot be read \(ENOENT\)\): nothing written/);
    expect(r.out).not.toMatch(/removed/);
    expect(await held(db)).toEqual(before);
    fs.rmSync(empty, { recursive: true });
    await db.dispose();
  }, 120_000);

  it('stops a pass that would remove more than max(10 %, 50) of the stories until --allow-removals', async () => {
    const db = await database();
    const dir = makeStore(stories(60));
    await pass(db, dir);
    for (let i = 0; i < 51; i++) fs.rmSync(path.join(dir, `articles/s${i}.json`));
    const refused = sync(db, dir);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/would remove 51 of the 60 stories in the database \(more than 50\): nothing written/);
    expect(refused.out).toMatch(/--allow-removals/);
    expect((await held(db)).stories).toHaveLength(60);

    const allowed = sync(db, dir, '--allow-removals');
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/0 added, 0 updated, 51 removed/);
    expect((await held(db)).stories).toHaveLength(9);
    await db.dispose();
  }, 120_000);

  it('leaves out a story holding a NUL or a lone surrogate, names it, and syncs every other story', async () => {
    const db = await database();
    const dir = makeStore({ 'good.json': article({ id: 'good-one' }) });
    await pass(db, dir);
    writeFile(dir, 'good2.json', article({ id: 'good-two' }));
    // As JSON escapes (the way tools write them) and as a raw NUL byte, which JSON.parse quotes in its message.
    writeFile(dir, 'nul.json', JSON.stringify(article({ id: 'has-nul' })).replace('"نص الخبر."', '"نص\\u0000الخبر"'));
    writeFile(dir, 'half.json', JSON.stringify(article({ id: 'has-half', tags: ['x'] })).replace('"tags":["x"]', '"tags":["\\ud83d"]'));
    writeFile(dir, 'raw.json', '{"id": \u0000}');
    const r = sync(db, dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/1 added, 0 updated, 0 removed/);
    expect(r.out).toMatch(/error\s+articles\/nul\.json\s+body\.0\.text: holds a NUL character/);
    expect(r.out).toMatch(/error\s+articles\/half\.json\s+tags\.0: holds a lone surrogate/);
    expect((await held(db)).stories).toEqual(['good-one', 'good-two']);
    const problems = await db.problems();
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['articles/half.json', 'tags.0'],
      ['articles/nul.json', 'body.0.text'],
      ['articles/raw.json', ''],
    ]);
    expect(problems[2]!.reason).toMatch(/is not valid JSON: Unexpected token '\ufffd'/);
    await db.dispose();
  }, 60_000);

  describe('--watch', () => {
    let watcher: ChildProcess | undefined;
    afterAll(async () => {
      if (!watcher || watcher.exitCode !== null) return;
      const gone = new Promise((r) => watcher!.once('exit', r));
      watcher.kill('SIGTERM');
      await gone;
    }, 30_000);

    it('started while sections.json is broken, keeps the database sections (the last valid ones) and syncs the stories', async () => {
      const db = await database();
      const dir = makeStore({ 'a.json': article({ id: 'w-a' }), 'b.json': article({ id: 'w-b', section: 'sports' }) });
      await pass(db, dir);
      // A restart of --watch while an editor's save left sections.json half written.
      fs.writeFileSync(path.join(dir, 'sections.json'), '[{"id": "news", "na');
      writeFile(dir, 'c.json', article({ id: 'w-c', section: 'sports' }));
      let log = '';
      watcher = spawn('node_modules/.bin/tsx', ['scripts/content-sync.ts', '--watch'], { env: { ...process.env, DATABASE_URL: urlOf(db), CONTENT_DIR: dir } });
      watcher.stdout!.on('data', (d) => (log += d));
      watcher.stderr!.on('data', (d) => (log += d));
      await expect.poll(() => log, { timeout: 20_000 }).toMatch(/1 added, 0 updated, 0 removed/);
      expect(log).toMatch(/error\s+sections\.json: is not valid JSON.*\(the last valid sections are served until it is fixed\)/);
      expect(log).not.toMatch(/unknown section/);
      expect(await held(db)).toEqual({ stories: ['w-a', 'w-b', 'w-c'], sections: ['news', 'sports'] });
      expect((await db.problems()).map((p) => p.file)).toEqual(['sections.json']);
      await db.dispose();
    }, 60_000);
  });
});
