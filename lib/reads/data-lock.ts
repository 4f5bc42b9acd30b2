// One process per DATA_DIR. The file store keeps its counts in memory and writes them
// whole: two processes on one folder would each overwrite the other's reads. So the
// first to start takes DATA_DIR/views.lock and the next one is refused with a message
// that says what to do (its own DATA_DIR, or VIEWS_REDIS_URL to count together).
//
// The lock is a file made with link(2), which fails when the name exists: whole from
// the first instant, and only one process can make it. It names its holder (pid, host)
// and its mtime is touched every HEARTBEAT_MS. A lock is stale, and taken over, when
// its process is gone (same host) or it has not been touched for STALE_MS (a process
// that was killed, or one on another host sharing the folder). Taking over moves the
// stale file aside and checks that the file moved is the one judged stale.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_NAME = 'views.lock';
export const HEARTBEAT_MS = 15_000;
export const STALE_MS = 60_000;

type Holder = { pid: number; host: string; since: string; token: string };

/** Tokens of the locks this process holds (a second store in one process is refused too). */
const HELD = Symbol.for('sahifa.views.locks');
const held = (): Set<string> => ((globalThis as { [HELD]?: Set<string> })[HELD] ??= new Set());

export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: Partial<Holder>,
  ) {
    const who = holder.pid ? `process ${holder.pid}${holder.host && holder.host !== os.hostname() ? ` on ${holder.host}` : ''}${holder.since ? ` (since ${holder.since})` : ''}` : 'another process';
    super(
      `DATA_DIR ${dir} is in use by ${who}: two servers counting reads into one folder would overwrite each other's counts. ` +
        `Give each instance its own DATA_DIR, or set VIEWS_REDIS_URL so that they count together. ` +
        `A lock left by a process that has stopped is taken over (at once on this host, after ${STALE_MS / 1000} s from another); to force it, remove ${path.join(dir, LOCK_NAME)}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(fd: number): Partial<Holder> {
  try {
    const value = JSON.parse(fs.readFileSync(fd, 'utf8')) as Partial<Holder>;
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

export class DataDirLock {
  readonly file: string;
  private readonly token = randomBytes(12).toString('hex');
  private timer?: NodeJS.Timeout;
  private released = false;

  private constructor(readonly dir: string) {
    this.file = path.join(dir, LOCK_NAME);
  }

  /** Takes the folder's lock or throws DataDirBusyError; refreshes it every `heartbeatMs` (tests shorten it). */
  static acquire(dir: string, now: () => number = Date.now, heartbeatMs = HEARTBEAT_MS): DataDirLock {
    fs.mkdirSync(dir, { recursive: true });
    const lock = new DataDirLock(dir);
    lock.take(now);
    held().add(lock.token);
    lock.timer = setInterval(() => lock.touch(), heartbeatMs);
    lock.timer.unref();
    return lock;
  }

  private take(now: () => number): void {
    const mine: Holder = { pid: process.pid, host: os.hostname(), since: new Date(now()).toISOString(), token: this.token };
    const temp = `${this.file}.${this.token}`;
    fs.writeFileSync(temp, JSON.stringify(mine));
    // The lock's time is always its holder's clock, as the heartbeat's (touch()), never the
    // file system's: staleness compares it with a clock (isLive), not with another source.
    const t = new Date(now());
    fs.utimesSync(temp, t, t);
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          fs.linkSync(temp, this.file);
          return;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        }
        let fd: number;
        try {
          fd = fs.openSync(this.file, 'r');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
          throw e;
        }
        let holder: Partial<Holder>;
        let st: fs.Stats;
        try {
          st = fs.fstatSync(fd);
          holder = readHolder(fd);
        } finally {
          fs.closeSync(fd);
        }
        if (this.isLive(holder, st, now())) throw new DataDirBusyError(this.dir, holder);
        this.breakStale(st);
      }
      throw new DataDirBusyError(this.dir, {});
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  private isLive(holder: Partial<Holder>, st: fs.Stats, now: number): boolean {
    if (now - st.mtimeMs > STALE_MS) return false;
    if (holder.host !== os.hostname() || typeof holder.pid !== 'number') return true;
    // Our own pid: a lock this process holds is live; one it does not hold was left by an
    // earlier process that had the same pid (a restarted container).
    if (holder.pid === process.pid) return typeof holder.token === 'string' && held().has(holder.token);
    return alive(holder.pid);
  }

  /** Removes the stale lock `st` unless someone replaced it meanwhile (then it is put back). */
  private breakStale(st: fs.Stats): void {
    const aside = `${this.file}.stale-${this.token}`;
    try {
      fs.renameSync(this.file, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    if (fs.statSync(aside).ino !== st.ino) {
      try {
        fs.linkSync(aside, this.file);
      } catch {
        // A third process took the name meanwhile; its lock stands.
      }
    }
    fs.rmSync(aside, { force: true });
  }

  /** True while the lock file is still ours (a process frozen past STALE_MS may lose it). */
  holds(): boolean {
    if (this.released) return false;
    try {
      return (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<Holder>).token === this.token;
    } catch {
      return false;
    }
  }

  private touch(): void {
    try {
      if (this.holds()) {
        const t = new Date();
        fs.utimesSync(this.file, t, t);
      }
    } catch {
      // The next flush reports a lost lock.
    }
  }

  release(): void {
    if (this.released) return;
    clearInterval(this.timer);
    if (this.holds()) fs.rmSync(this.file, { force: true });
    this.released = true;
    held().delete(this.token);
  }
}
