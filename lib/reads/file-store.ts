// The embedded store: counts in memory, written to DATA_DIR every few seconds when they
// changed and when the process stops. One process per DATA_DIR, held with a lock
// (data-lock.ts); to run several servers, set VIEWS_REDIS_URL (redis-store.ts).
import path from 'node:path';
import { DataDirLock } from './data-lock';
import { dayKey, windowDayKeys } from './days';
import { MemoryDedupe } from './dedupe';
import { rank } from './ranking';
import { onShutdown } from './shutdown';
import { SnapshotFile } from './snapshot-file';
import { DayTally } from './tally';
import { capMaterial, dedupeMaterial, type PublishedAt, type Read, type ViewStore } from './types';

export type FileStoreOptions = {
  dataDir: string;
  windowDays: number;
  /** Write the snapshot this often when something changed; 0 for never (tests flush by hand). */
  flushMs: number;
  /** During `next build`: read the counts, never write them (and take no lock). */
  readOnly?: boolean;
  /** Flush when the process stops (off in unit tests, which make many stores). */
  flushOnExit?: boolean;
  now?: () => number;
  dedupe?: MemoryDedupe;
};

export const SNAPSHOT_NAME = 'views.json';

export class FileViewStore implements ViewStore {
  readonly file: SnapshotFile;
  private tally: DayTally;
  private dirty = false;
  private prunedFor = '';
  private ranked = new Map<string, string[]>();
  private timer?: NodeJS.Timeout;
  private cancelShutdown?: () => void;
  private readonly now: () => number;
  private readonly dedupe: MemoryDedupe;
  private readonly lock?: DataDirLock;

  /** Throws DataDirBusyError when another live process holds `dataDir`. */
  constructor(private readonly opts: FileStoreOptions) {
    this.now = opts.now ?? Date.now;
    this.dedupe = opts.dedupe ?? new MemoryDedupe();
    this.file = new SnapshotFile(path.join(opts.dataDir, SNAPSHOT_NAME));
    // The lock comes first: loading moves damaged files aside, which only the holder may do.
    if (!opts.readOnly) this.lock = DataDirLock.acquire(opts.dataDir);
    let snapshot: ReturnType<SnapshotFile['load']>;
    try {
      snapshot = this.file.load(opts.readOnly);
    } catch (e) {
      this.lock?.release();
      throw e;
    }
    this.tally = snapshot ? DayTally.fromSnapshot(snapshot) : new DayTally();
    this.prune();
    if (opts.readOnly) return;
    if (opts.flushMs > 0) {
      this.timer = setInterval(() => this.flushQuietly(), opts.flushMs);
      this.timer.unref();
    }
    if (opts.flushOnExit !== false)
      this.cancelShutdown = onShutdown((phase) => {
        try {
          this.flush();
        } finally {
          if (phase === 'exit') this.lock?.release();
        }
      });
  }

  async record(read: Read): Promise<boolean> {
    const now = this.now();
    if (!this.dedupe.firstSeen(dedupeMaterial(read), now)) return false;
    if (read.cap !== undefined && !this.dedupe.countUpTo(capMaterial(read), read.cap, now)) return false;
    this.prune();
    this.tally.add(dayKey(now), read.locale, read.id);
    this.ranked.delete(read.locale);
    this.dirty = true;
    return true;
  }

  async top(locale: string, n: number, published?: PublishedAt): Promise<string[]> {
    this.prune();
    let ids = this.ranked.get(locale);
    if (!ids) {
      ids = rank(this.tally.totals(locale, windowDayKeys(this.now(), this.opts.windowDays)), published);
      this.ranked.set(locale, ids);
    }
    return ids.slice(0, n);
  }

  /** Reads added up over every kept day. */
  sum(): number {
    return this.tally.sum();
  }

  /** Writes the snapshot if anything changed since the last write. True when it wrote. */
  flush(): boolean {
    if (this.opts.readOnly || !this.dirty) return false;
    // Frozen for longer than the lock's heartbeat allows, and another process took over:
    // writing now would overwrite its counts. Keep ours in memory and say so.
    if (this.lock && !this.lock.holds()) throw new Error(`lost the lock on ${this.opts.dataDir} to another process; counts since the last write are kept in memory only`);
    this.prune();
    this.dirty = false;
    try {
      this.file.write(this.tally.toSnapshot());
    } catch (e) {
      this.dirty = true;
      throw e;
    }
    return true;
  }

  private flushQuietly(): void {
    try {
      this.flush();
    } catch (e) {
      console.error('[views] writing counts failed; will retry:', e);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.cancelShutdown?.();
    try {
      this.flush();
    } finally {
      this.lock?.release();
    }
  }

  /** Drops days that have left the window, once per day. */
  private prune(): void {
    const first = windowDayKeys(this.now(), this.opts.windowDays)[0]!;
    if (first === this.prunedFor) return;
    this.prunedFor = first;
    if (this.tally.prune(first)) this.dirty = true;
    this.ranked.clear();
  }
}
