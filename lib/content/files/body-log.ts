// Article bodies are most of a store's bytes (Arabic text is two bytes a character in
// memory), so the index keeps only their place in this log: an append-only file holding
// the last valid version of every article file. A body is read back when a page needs
// it (one positioned read), and a few hundred recent ones stay in memory. Because the
// log keeps the last *valid* text, an article whose file is later broken on disk still
// reads as it was. The file is unlinked as soon as it is opened: it lives exactly as
// long as the process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type BodyRef = { offset: number; length: number };

export class BodyLog {
  private fd: number;
  private size = 0;
  private cache = new Map<number, unknown>();

  constructor(private readonly keep = 500) {
    const file = path.join(os.tmpdir(), `sahifa-bodies-${process.pid}-${Math.random().toString(36).slice(2)}.log`);
    this.fd = fs.openSync(file, 'w+');
    fs.unlinkSync(file);
  }

  /** Stores a valid file's bytes; returns where they are. */
  append(bytes: Buffer): BodyRef {
    const ref = { offset: this.size, length: bytes.length };
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    return ref;
  }

  /** The `body` of the file stored at ref. */
  body<T>(ref: BodyRef): T {
    const hit = this.cache.get(ref.offset);
    if (hit !== undefined) {
      // Refresh its place: the Map keeps insertion order, oldest first.
      this.cache.delete(ref.offset);
      this.cache.set(ref.offset, hit);
      return hit as T;
    }
    const buf = Buffer.allocUnsafe(ref.length);
    fs.readSync(this.fd, buf, 0, ref.length, ref.offset);
    const body = (JSON.parse(buf.toString('utf8')) as { body: T }).body;
    this.cache.set(ref.offset, body);
    if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    return body;
  }

  close(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}
