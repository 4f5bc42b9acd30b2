// Token bucket per client address: a burst of `perMinute` beacons, then one every
// 60/perMinute seconds. Buckets idle long enough to be full again are dropped, and the
// map never holds more than `maxKeys` (least recently used go first).
import { createHash, randomBytes } from 'node:crypto';

type Bucket = { tokens: number; at: number };

/** An idle bucket is full again after this long, and then as good as absent. */
const REFILL_MS = 60_000;

export class RateLimiter {
  private buckets = new Map<string, Bucket>();
  // Addresses are hashed so the map keeps none of them in the clear.
  private readonly pepper = randomBytes(16);

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 100_000,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** Whether `address` has a token left, without taking it (a limit on failures only). */
  has(address: string, now: number): boolean {
    const b = this.buckets.get(this.keyOf(address));
    return !b || Math.min(this.perMinute, b.tokens + (Math.max(0, now - b.at) * this.perMinute) / REFILL_MS) >= 1;
  }

  private keyOf(address: string): string {
    return createHash('sha256').update(this.pepper).update(address).digest('base64url');
  }

  /** Takes one token for `address`; false when its bucket is empty. */
  take(address: string, now: number): boolean {
    this.sweep(now);
    const key = this.keyOf(address);
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (Math.max(0, now - b.at) * this.perMinute) / REFILL_MS);
    b.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, b);
    for (const oldest of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(oldest);
    }
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private sweep(now: number): void {
    for (const [key, b] of this.buckets) {
      if (now - b.at < REFILL_MS) break;
      this.buckets.delete(key);
    }
  }
}
