// The file store's snapshot on disk: written whole and atomically, with the previous
// good version kept beside it, and read back with a fallback when the newest is damaged.
//
//   views.json       the newest snapshot, always complete (replaced by rename, never rewritten)
//   views.json.bak   the snapshot before it (rotated on every successful write)
//   views.json.corrupt-<time>   a damaged file, moved aside at start for a human to look at
//
// Writes are synchronous: a snapshot is small (tens of KB for a week of reads), and one
// code path serves both the timer and process exit, where nothing asynchronous runs.
import fs from 'node:fs';
import path from 'node:path';
import { parseSnapshot, type Snapshot } from './tally';

type Logger = Pick<Console, 'error' | 'warn'>;

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export class SnapshotFile {
  readonly backup: string;
  private readonly tmp: string;

  constructor(
    readonly file: string,
    private readonly log: Logger = console,
  ) {
    this.backup = `${file}.bak`;
    this.tmp = `${file}.tmp-${process.pid}`;
  }

  /**
   * The newest snapshot that reads whole: the file, else its backup; undefined when there
   * is none. Damaged files are moved aside and temp files swept, unless `readOnly` (a
   * build reading the counts of a server that may be running beside it).
   */
  load(readOnly = false): Snapshot | undefined {
    if (!readOnly) this.removeLeftovers();
    for (const candidate of [this.file, this.backup]) {
      let text: string;
      try {
        text = fs.readFileSync(candidate, 'utf8');
      } catch (e) {
        if (isMissing(e)) continue;
        throw e;
      }
      try {
        return parseSnapshot(text);
      } catch (e) {
        if (readOnly) this.log.warn(`[views] ${candidate} is damaged (${(e as Error).message}); skipped`);
        else this.moveAside(candidate, (e as Error).message);
      }
    }
    return undefined;
  }

  /** Replaces the snapshot: temp file, fsync, keep the old one as .bak, rename, fsync the folder. */
  write(snapshot: Snapshot): void {
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true });
    try {
      const fd = fs.openSync(this.tmp, 'w', 0o644);
      try {
        fs.writeFileSync(fd, JSON.stringify(snapshot));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      this.rotateBackup();
      fs.renameSync(this.tmp, this.file);
    } catch (e) {
      fs.rmSync(this.tmp, { force: true });
      throw e;
    }
    fsyncDir(dir);
  }

  // A hard link keeps views.json in place while the backup is swapped: at every instant
  // there is a complete views.json (where links are not supported, a copy does the same).
  private rotateBackup(): void {
    const next = `${this.backup}.tmp-${process.pid}`;
    fs.rmSync(next, { force: true });
    try {
      fs.linkSync(this.file, next);
    } catch (e) {
      if (isMissing(e)) return;
      fs.copyFileSync(this.file, next);
    }
    fs.renameSync(next, this.backup);
  }

  private moveAside(file: string, reason: string): void {
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, aside);
    this.log.error(`[views] ${file} is damaged (${reason}); moved to ${path.basename(aside)}`);
  }

  /** Temp files of a write that never finished (the process died mid-write). */
  private removeLeftovers(): void {
    const dir = path.dirname(this.file);
    const base = path.basename(this.file);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names)
      if (name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.bak.tmp-`)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Makes a rename durable. Some file systems cannot fsync a folder; there it is a no-op. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EINVAL/EPERM on platforms without directory fsync.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
