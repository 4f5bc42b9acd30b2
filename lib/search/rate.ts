// Searches per reader address, as read beacons are limited (lib/reads/rate-limit.ts): a
// search is the dearest request a reader can make, and distinct queries are not cached by
// the edge. The reader is the address TRUST_PROXY allows (lib/reads/client-address.ts), an
// IPv6 reader its /64. One limiter per process, shared by /api/search and the search page.
import { RateLimiter } from '@/lib/reads/rate-limit';
import { clientAddress, parseTrustProxy, visitorKey } from '@/lib/reads/client-address';

export const DEFAULT_SEARCH_RATE = 60;

/** SEARCH_RATE_PER_MINUTE, 1 to 100,000; anything else is the default. */
export function searchRate(raw = process.env.SEARCH_RATE_PER_MINUTE): number {
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : DEFAULT_SEARCH_RATE;
}

const KEY = Symbol.for('sahifa.searchLimiter');
type Holder = { [KEY]?: { rate: number; limiter: RateLimiter } };

function limiter(): RateLimiter {
  const g = globalThis as Holder;
  const rate = searchRate();
  if (g[KEY]?.rate !== rate) g[KEY] = { rate, limiter: new RateLimiter(rate) };
  return g[KEY].limiter;
}

/** Takes one search for the request's reader: undefined when allowed, else the seconds to wait (Retry-After). */
export function searchRefused(headers: Headers, now = Date.now()): number | undefined {
  const reader = visitorKey(clientAddress(headers, parseTrustProxy(process.env.TRUST_PROXY).trust));
  if (limiter().take(reader, now)) return undefined;
  return Math.max(1, Math.ceil(60 / searchRate()));
}
