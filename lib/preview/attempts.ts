// Wrong guesses at PREVIEW_SECRET, limited per reader address as read beacons are (a token
// bucket, lib/reads/rate-limit.ts). A secret of 32 characters or more cannot be guessed;
// this keeps anyone from trying at the speed of the network anyway. Only failures take a
// token, so editors who know the secret are never slowed down.
import { clientAddress, parseTrustProxy, visitorKey } from '@/lib/reads/client-address';
import { RateLimiter } from '@/lib/reads/rate-limit';

/** Wrong secrets an address may send in a burst; then one every 60/FAILURES_PER_MINUTE seconds. */
export const FAILURES_PER_MINUTE = 20;

const KEY = Symbol.for('sahifa.previewAttempts');
type Holder = { [KEY]?: RateLimiter };

const limiter = () => ((globalThis as Holder)[KEY] ??= new RateLimiter(FAILURES_PER_MINUTE, 20_000));
const who = (request: Request) => visitorKey(clientAddress(request.headers, parseTrustProxy(process.env.TRUST_PROXY).trust));

/** Seconds the request's address must wait before its next attempt, or 0 when it may try now. */
export function attemptWait(request: Request, now = Date.now()): number {
  return limiter().has(who(request), now) ? 0 : Math.ceil(60 / FAILURES_PER_MINUTE);
}

/** Counts a wrong (or missing) secret against the request's address. */
export function recordFailure(request: Request, now = Date.now()): void {
  limiter().take(who(request), now);
}
