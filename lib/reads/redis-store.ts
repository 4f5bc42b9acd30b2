// The shared store: several app instances count into one Redis and rank from it.
//
//   <prefix>day:<YYYY-MM-DD>:<locale>   sorted set, article id → reads that UTC day;
//                                      expires one day after it leaves the window
//   <prefix>seen:<hash>                "this visitor (token, else address) read this article", 30 minutes
//   <prefix>cap:<hash>                 reads of this article counted from one address, 30 minutes
//   <prefix>reader-key                 the key reader tokens are signed with (reader-token.ts)
//   <prefix>salt:<epoch>               the dedupe salt of a 30-minute epoch, shared so
//                                      that every instance hashes a visitor alike; it
//                                      expires at the end of the next epoch
//
// A salt's lifetime is given to Redis relative to now (PX), not as a moment (PXAT): an
// instance's clock and Redis's may disagree, and a moment already past by Redis's clock
// makes a key that is born expired (each instance would then make its own salt). A day's
// set may keep its moment (EXPIREAT): it has a day to spare.
//
// Dedupe and count happen in one Lua script, so a read is counted exactly when the
// route answers 204 for it, and two instances cannot both count the same visitor.
import type Redis from 'ioredis';
import { dayKey, dayStart, windowDayKeys } from './days';
import { rank } from './ranking';
import { newSalt, saltEpoch, visitorHash } from './salt';
import { DAY_MS, DEDUPE_MS } from './settings';
import { capMaterial, dedupeMaterial, type PublishedAt, type Read, type ViewStore } from './types';

const COUNT_SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
local cap = tonumber(ARGV[4])
if cap >= 0 then
  if tonumber(redis.call('GET', KEYS[4]) or '0') >= cap then return 0 end
  if redis.call('INCR', KEYS[4]) == 1 then redis.call('PEXPIRE', KEYS[4], ARGV[1]) end
end
redis.call('ZINCRBY', KEYS[3], 1, ARGV[2])
redis.call('EXPIREAT', KEYS[3], ARGV[3])
return 1`;

type Counting = Redis & {
  sahifaCountRead(seen: string, seenBefore: string, day: string, cap: string, ttlMs: number, id: string, expireAt: number, capValue: number): Promise<number>;
};

export type RedisStoreOptions = {
  redis: Redis;
  windowDays: number;
  /** Namespace for every key, so sites (or tests) can share one Redis. */
  prefix?: string;
  /** How long a ranking is reused before Redis is asked again. */
  cacheMs?: number;
  /** The dedupe span and salt lifetime (30 minutes; tests shorten it, as Redis keeps real time). */
  dedupeMs?: number;
  now?: () => number;
};

type Salts = { epoch: number; current: string; previous?: string };

export class RedisViewStore implements ViewStore {
  private readonly redis: Counting;
  private readonly prefix: string;
  private readonly cacheMs: number;
  private readonly dedupeMs: number;
  private readonly now: () => number;
  private salts?: { epoch: number; value: Promise<Salts> };
  private ranked = new Map<string, { at: number; ids: string[] }>();

  constructor(private readonly opts: RedisStoreOptions) {
    // ioredis sends the script by its SHA and loads it again when Redis has forgotten it.
    opts.redis.defineCommand('sahifaCountRead', { numberOfKeys: 4, lua: COUNT_SCRIPT });
    this.redis = opts.redis as Counting;
    this.prefix = opts.prefix ?? 'sahifa:views:';
    this.cacheMs = opts.cacheMs ?? 5000;
    this.dedupeMs = opts.dedupeMs ?? DEDUPE_MS;
    this.now = opts.now ?? Date.now;
  }

  dayKeyName(day: string, locale: string): string {
    return `${this.prefix}day:${day}:${locale}`;
  }

  async record(read: Read): Promise<boolean> {
    const now = this.now();
    const { current, previous } = await this.saltsAt(now);
    const material = dedupeMaterial(read);
    const seen = `${this.prefix}seen:${visitorHash(current, material)}`;
    const seenBefore = previous ? `${this.prefix}seen:${visitorHash(previous, material)}` : seen;
    // The cap's window starts with the first read it counts and lasts the dedupe span.
    const cap = `${this.prefix}cap:${visitorHash(current, capMaterial(read))}`;
    const day = dayKey(now);
    const expireAt = Math.ceil((dayStart(day) + (this.opts.windowDays + 1) * DAY_MS) / 1000);
    const counted = await this.redis.sahifaCountRead(seen, seenBefore, this.dayKeyName(day, read.locale), cap, this.dedupeMs, read.id, expireAt, read.cap ?? -1);
    if (counted === 1) this.ranked.delete(read.locale);
    return counted === 1;
  }

  async top(locale: string, n: number, published?: PublishedAt): Promise<string[]> {
    const now = this.now();
    const cached = this.ranked.get(locale);
    if (cached && now - cached.at < this.cacheMs) return cached.ids.slice(0, n);
    const keys = windowDayKeys(now, this.opts.windowDays).map((d) => this.dayKeyName(d, locale));
    let flat: string[];
    try {
      flat = (await this.redis.call('ZUNION', keys.length, ...keys, 'WITHSCORES')) as string[];
    } catch (e) {
      // A ranking a little old beats none while Redis is away.
      if (cached) return cached.ids.slice(0, n);
      throw e;
    }
    const totals: [string, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) totals.push([flat[i]!, Number(flat[i + 1])]);
    const ids = rank(totals, published);
    this.ranked.set(locale, { at: now, ids });
    return ids.slice(0, n);
  }

  async close(): Promise<void> {
    // The connection belongs to whoever made it (instance.ts or a test).
  }

  /**
   * This epoch's salt (made by the first instance to need it) and the previous one's,
   * when it still exists. Asked once per epoch per instance; asked again after a failure.
   */
  private saltsAt(now: number): Promise<Salts> {
    const epoch = saltEpoch(now, this.dedupeMs);
    if (this.salts?.epoch !== epoch) {
      const value = this.fetchSalts(epoch, now);
      this.salts = { epoch, value };
      value.catch(() => {
        if (this.salts?.value === value) this.salts = undefined;
      });
      return value;
    }
    return this.salts.value;
  }

  private async fetchSalts(epoch: number, now: number): Promise<Salts> {
    const key = (e: number) => `${this.prefix}salt:${e}`;
    const mine = newSalt();
    // Until the end of the next epoch, by this instance's clock: between one and two spans.
    const ttl = Math.max(1, (epoch + 2) * this.dedupeMs - now);
    const replies = await this.redis
      .multi()
      .call('SET', key(epoch), mine, 'NX', 'GET', 'PX', String(ttl))
      .get(key(epoch - 1))
      .exec();
    const [existing, previous] = (replies ?? []).map(([err, value]) => {
      if (err) throw err;
      return value as string | null;
    });
    return { epoch, current: existing ?? mine, previous: previous ?? undefined };
  }
}
