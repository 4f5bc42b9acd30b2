// One process per DATA_DIR, tried with real processes: a child holds the folder, the test
// process (or more children) tries to take it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataDirBusyError, DataDirLock, HEARTBEAT_MS, LOCK_NAME, STALE_MS } from './data-lock';
import { FileViewStore } from './file-store';

let dir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-lock-'));
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = () => new FileViewStore({ dataDir: dir, windowDays: 7, flushMs: 0, flushOnExit: false });
const read = (visitor: string) => ({ id: 'story', locale: 'ar', visitor });
const counts = () => JSON.parse(fs.readFileSync(path.join(dir, 'views.json'), 'utf8')).days as Record<string, { ar: { story: number } }>;
const total = () => Object.values(counts()).reduce((n, d) => n + d.ar.story, 0);

/**
 * A server in a child process: opens a file store on `dir`, runs `body`, prints a line
 * for each `say(...)` and otherwise runs until it is told to stop.
 */
function server(body: string) {
  const storeModule = path.resolve(__dirname, 'file-store.ts');
  const source = `
    const mod = await import(${JSON.stringify(storeModule)});
    const { FileViewStore } = mod.FileViewStore ? mod : mod.default;
    const open = () => new FileViewStore({ dataDir: ${JSON.stringify(dir)}, windowDays: 7, flushMs: 0 });
    const read = (visitor) => ({ id: 'story', locale: 'ar', visitor });
    const say = (s) => console.log(s);
    setInterval(() => {}, 1000);
    ${body}`;
  const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(p);
  let out = '';
  let err = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (err += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => p.on('exit', (code, signal) => resolve({ code, signal })));
  const said = async (line: string) => {
    const deadline = Date.now() + 20_000;
    while (!out.split('\n').includes(line)) {
      if (p.exitCode !== null || p.signalCode !== null) throw new Error(`child ended before "${line}": ${err}`);
      if (Date.now() > deadline) throw new Error(`child never said "${line}": ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { p, said, ended, output: () => out, errors: () => err };
}

describe('one process per DATA_DIR', () => {
  it('refuses a second process while the first lives, saying what to do, and loses no count', async () => {
    const first = server(`
      const s = open();
      await s.record(read('1'));
      await s.record(read('2'));
      s.flush();
      say('ready');
      process.on('SIGTERM', async () => { await s.record(read('3')); await s.close(); process.exit(0); });`);
    await first.said('ready');
    let error: unknown;
    try {
      open();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirBusyError);
    const message = (error as Error).message;
    expect(message).toContain(dir);
    expect(message).toContain(`process ${first.p.pid}`);
    expect(message).toMatch(/own DATA_DIR/);
    expect(message).toMatch(/VIEWS_REDIS_URL/);
    expect(total()).toBe(2); // the refused store wrote nothing over the first one's counts

    first.p.kill('SIGTERM');
    expect((await first.ended).code).toBe(0);
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false); // let go at exit
    const next = open();
    expect(next.sum()).toBe(3);
    await next.close();
  });

  it('takes over from a process that was killed without a chance to let go', async () => {
    const first = server(`
      const s = open();
      await s.record(read('1'));
      s.flush();
      say('ready');`);
    await first.said('ready');
    expect(() => open()).toThrow(DataDirBusyError);
    first.p.kill('SIGKILL');
    await first.ended;
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(true); // left behind
    const next = open();
    expect(next.sum()).toBe(1);
    await next.close();
  });

  it('lets exactly one of several processes started at once have the folder', async () => {
    const racers = Array.from({ length: 4 }, () =>
      server(`
        try { open(); say('took it'); } catch (e) { say(e.name); }
        say('done');`),
    );
    await Promise.all(racers.map((r) => r.said('done')));
    const outcomes = racers.map((r) => r.output().split('\n')[0]).sort();
    expect(outcomes).toEqual(['DataDirBusyError', 'DataDirBusyError', 'DataDirBusyError', 'took it']);
  });

  it('refuses a second store in the same process too', async () => {
    const a = open();
    expect(() => open()).toThrow(DataDirBusyError);
    await a.close();
    const b = open();
    await b.close();
  });

  it('takes a lock left by an earlier process that had our pid (a restarted container)', () => {
    fs.writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: process.pid, host: os.hostname(), since: '2026-01-01T00:00:00Z', token: 'earlier' }));
    const lock = DataDirLock.acquire(dir);
    expect(lock.holds()).toBe(true);
    lock.release();
  });

  it('trusts a lock from another host while its holder keeps it fresh, and takes it once stale', () => {
    const file = path.join(dir, LOCK_NAME);
    fs.writeFileSync(file, JSON.stringify({ pid: 1, host: 'another-host', since: '2026-01-01T00:00:00Z', token: 'theirs' }));
    // Just refreshed, by its holder's clock (as its heartbeat writes it).
    const now = new Date();
    fs.utimesSync(file, now, now);
    expect(() => DataDirLock.acquire(dir)).toThrow(/process 1 on another-host/);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    fs.utimesSync(file, old, old);
    const lock = DataDirLock.acquire(dir);
    expect(lock.holds()).toBe(true);
    lock.release();
  });

  it('keeps its lock fresh by itself with real timers, at the documented 15 s unless told otherwise', async () => {
    // The product's setting (README: refreshed every 15 s; stale after 60 s, four beats later).
    expect(HEARTBEAT_MS).toBe(15_000);
    expect(STALE_MS).toBeGreaterThanOrEqual(4 * HEARTBEAT_MS);
    const intervals = vi.spyOn(globalThis, 'setInterval');
    DataDirLock.acquire(dir).release();
    expect(intervals.mock.calls.map((c) => c[1])).toEqual([HEARTBEAT_MS]);
    intervals.mockRestore();
    // The heartbeat itself, on a short interval: a lock made to look stale is brought back to
    // now by the holder, with no one touching the file but it; released, it beats no more.
    const lock = DataDirLock.acquire(dir, Date.now, 50);
    const file = path.join(dir, LOCK_NAME);
    const age = () => Date.now() - fs.statSync(file).mtimeMs;
    const old = new Date(Date.now() - STALE_MS - 5_000);
    fs.utimesSync(file, old, old);
    expect(age()).toBeGreaterThan(STALE_MS);
    await expect.poll(age, { timeout: 5_000, interval: 20 }).toBeLessThan(1_000);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('never writes over the counts of a process that took the folder over', async () => {
    const s = open();
    await s.record(read('1'));
    s.flush();
    // Frozen past the heartbeat: another process judged the lock stale and took it.
    fs.writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: 1, host: 'another-host', since: '', token: 'theirs' }));
    fs.writeFileSync(path.join(dir, 'views.json'), JSON.stringify({ version: 1, days: { '2025-12-19': { ar: { story: 40 } } } }));
    await s.record(read('2'));
    expect(() => s.flush()).toThrow(/lost the lock/);
    expect(total()).toBe(40);
    await expect(s.close()).rejects.toThrow(/lost the lock/);
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(true); // theirs, left alone
  });
});
