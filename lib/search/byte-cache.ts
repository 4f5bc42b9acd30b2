// A cache bounded by the bytes it holds, not by its number of entries: a search for
// 200 characters of junk is one "word" hundreds of times the size of a real one, so a
// count alone let distinct junk queries fill the heap (199,000 held 329 MB). Past the
// bound, the entries put in longest ago go first.
export class ByteCache<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>();
  private held = 0;

  constructor(
    readonly maxBytes: number,
    /** What an entry costs, estimated: V8 strings take up to 2 bytes a character. */
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key)?.value;
  }

  set(key: string, value: V): void {
    const bytes = this.sizeOf(key, value);
    // One entry never takes a real share of the cache.
    if (bytes > this.maxBytes / 1000) return;
    const old = this.map.get(key);
    if (old) {
      this.held -= old.bytes;
      this.map.delete(key);
    }
    this.map.set(key, { value, bytes });
    this.held += bytes;
    for (const [k, e] of this.map) {
      if (this.held <= this.maxBytes) break;
      this.map.delete(k);
      this.held -= e.bytes;
    }
  }

  get bytes(): number {
    return this.held;
  }
  get size(): number {
    return this.map.size;
  }
}

/** Bytes of a few strings as V8 may hold them, plus a fixed cost for the entry and its objects. */
export const stringBytes = (...parts: readonly string[]): number => parts.reduce((n, s) => n + 2 * s.length, 96);
