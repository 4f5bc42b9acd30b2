// Read-count settings, from the environment. Read on each call so tests (and a
// restarted store) see changes; the values are cheap to compute.
import path from 'node:path';

export const DAY_MS = 86_400_000;
/** A visitor counts at most once per article in this span; also the salt's lifetime. */
export const DEDUPE_MS = 30 * 60_000;

function int(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export type ViewSettings = {
  /** Days of reads that rank, today (UTC) included. */
  windowDays: number;
  /** Where the file store keeps its snapshot. */
  dataDir: string;
  /** When set, counts live in Redis and several app instances share them. */
  redisUrl?: string;
  /** TRUST_PROXY as given: which proxies may name the client (client-address.ts). */
  trustProxy: string;
  /** How often the file store writes its snapshot when something changed. */
  flushMs: number;
  /** Beacons per reader per minute: per reader token, or per address for a beacon without one. */
  ratePerMinute: number;
  /** Beacons per client address per minute, all its readers together (a carrier's NAT holds thousands). */
  addressRatePerMinute: number;
  /** Reads of one story counted per address per 30 minutes, tokens or not. */
  readersPerAddress: number;
};

export function viewSettings(): ViewSettings {
  return {
    windowDays: int('VIEWS_WINDOW_DAYS', 7, 1, 366),
    dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR || 'data'),
    redisUrl: process.env.VIEWS_REDIS_URL || undefined,
    trustProxy: process.env.TRUST_PROXY?.trim() ?? '',
    flushMs: int('VIEWS_FLUSH_MS', 2000, 50, 60_000),
    ratePerMinute: int('VIEWS_RATE_PER_MINUTE', 60, 1, 100_000),
    addressRatePerMinute: int('VIEWS_ADDRESS_RATE_PER_MINUTE', 3000, 1, 1_000_000),
    readersPerAddress: int('VIEWS_READERS_PER_ADDRESS', 100, 1, 100_000),
  };
}
