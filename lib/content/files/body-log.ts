// Article bodies are most of a store's bytes (Arabic text is two bytes a character in
// memory), so the index keeps only their place in this log: an append-only file holding
// the current version of every valid article file. A body is read back when a page needs
// it (one positioned read), and a few hundred recent ones stay in memory. The file is
// unlinked as soon as it is opened: it lives exactly as long as the process.
//
// Every edit appends; what an edit or a removal replaced is released, and once the log
// holds more dead bytes than live ones (and at least `minDead`), it is rewritten with the
// live ones only, so its size stays within about twice what the store holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where a body is; compaction moves it (the same object, a new offset and epoch). */
export type BodyRef = { offset: number; length: number; epoch: number };

function openUnlinked(): number {
  const file = path.join(os.tmpdir(), `sahifa-bodies-${process.pid}-${Math.random().toString(36).slice(2)}.log`);
  const fd = fs.openSync(file, 'w+');
  fs.unlinkSync(file);
  return fd;
}

export class BodyLog {
  private fd = openUnlinked();
  private size = 0;
  private liveBytes = 0;
  private readonly live = new Set<BodyRef>();
  private cache = new Map<BodyRef, unknown>();
  /** Goes up at each compaction: a released ref from before it can no longer be read. */
  private epoch = 0;

  constructor(
    private readonly keep = 500,
    private readonly minDead = 64 * 1024 * 1024,
  ) {}

  /** Stores a valid file's bytes; returns where they are. */
  append(bytes: Buffer): BodyRef {
    const ref = { offset: this.size, length: bytes.length, epoch: this.epoch };
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    this.live.add(ref);
    this.liveBytes += bytes.length;
    return ref;
  }

  /** The body at `ref` is no longer needed (its file was edited or removed). */
  release(ref: BodyRef): void {
    if (!this.live.delete(ref)) return;
    this.liveBytes -= ref.length;
    this.cache.delete(ref);
    const dead = this.size - this.liveBytes;
    if (dead > this.liveBytes && dead >= this.minDead) this.compact();
  }

  /** Bytes in the log and bytes still referenced, for tests and the health of the store. */
  get stats(): { size: number; live: number } {
    return { size: this.size, live: this.liveBytes };
  }

  /** The `body` of the file stored at ref. */
  body<T>(ref: BodyRef): T {
    const hit = this.cache.get(ref);
    if (hit !== undefined) {
      // Refresh its place: the Map keeps insertion order, oldest first.
      this.cache.delete(ref);
      this.cache.set(ref, hit);
      return hit as T;
    }
    // A story replaced before the last compaction, still held by a render that began before
    // the edit: its bytes are gone, and reading the offset would give another story's.
    if (ref.epoch !== this.epoch) throw new Error('the story changed while it was being read');
    const buf = Buffer.allocUnsafe(ref.length);
    fs.readSync(this.fd, buf, 0, ref.length, ref.offset);
    const body = (JSON.parse(buf.toString('utf8')) as { body: T }).body;
    this.cache.set(ref, body);
    if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    return body;
  }

  /** Rewrites the log with the live bodies only, moving each ref in place. */
  private compact(): void {
    const fd = openUnlinked();
    this.epoch++;
    this.cache.clear();
    let size = 0;
    for (const ref of this.live) {
      const buf = Buffer.allocUnsafe(ref.length);
      fs.readSync(this.fd, buf, 0, ref.length, ref.offset);
      fs.writeSync(fd, buf, 0, ref.length, size);
      ref.offset = size;
      ref.epoch = this.epoch;
      size += ref.length;
    }
    fs.closeSync(this.fd);
    this.fd = fd;
    this.size = size;
  }

  close(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}
