// In-memory dedupe for one process: "has this visitor read this article in the last
// 30 minutes?". Keys are salted hashes (salt.ts), so the map holds nobody's address.
import { DEDUPE_MS } from './settings';
import { RotatingSalt, visitorHash } from './salt';

export class MemoryDedupe {
  /** hash → expiry. Insertion order is time order, so expired entries sit at the front. */
  private seen = new Map<string, number>();
  /** cap hash → reads counted in its window and the window's end; insertion order is time order too. */
  private counts = new Map<string, { n: number; until: number }>();
  private salts: RotatingSalt;

  constructor(
    private readonly ttlMs = DEDUPE_MS,
    /** Past this many entries the oldest go first: at worst a visitor counts twice. */
    private readonly maxEntries = 200_000,
  ) {
    this.salts = new RotatingSalt(ttlMs);
  }

  get size(): number {
    return this.seen.size;
  }

  /** True (and remembered) the first time `material` is seen within the ttl. */
  firstSeen(material: string, now: number): boolean {
    this.sweep(now);
    const { current, previous } = this.salts.at(now);
    const key = visitorHash(current, material);
    // A read just before the salt changed was hashed with the previous salt.
    if (this.live(key, now) || (previous !== undefined && this.live(visitorHash(previous, material), now))) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.ttlMs);
    for (const oldest of this.seen.keys()) {
      if (this.seen.size <= this.maxEntries) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  /**
   * Counts one more for `material` in its 30-minute window (which starts at its first count);
   * false, and nothing counted, once it has `cap`. Kept in the same bounded map as firstSeen.
   */
  countUpTo(material: string, cap: number, now: number): boolean {
    this.sweep(now);
    const key = `n:${visitorHash(this.salts.at(now).current, material)}`;
    const entry = this.counts.get(key);
    if (entry && entry.until > now) {
      if (entry.n >= cap) return false;
      entry.n++;
      return true;
    }
    this.counts.delete(key);
    this.counts.set(key, { n: 1, until: now + this.ttlMs });
    for (const oldest of this.counts.keys()) {
      if (this.counts.size <= this.maxEntries) break;
      this.counts.delete(oldest);
    }
    return cap >= 1;
  }

  private live(key: string, now: number): boolean {
    const until = this.seen.get(key);
    return until !== undefined && until > now;
  }

  private sweep(now: number): void {
    for (const [key, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(key);
    }
    for (const [key, { until }] of this.counts) {
      if (until > now) break;
      this.counts.delete(key);
    }
  }
}
