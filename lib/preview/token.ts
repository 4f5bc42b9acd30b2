// The editors' preview session: a cookie of ours beside Next's draft-mode cookie.
// Next's cookie (__prerender_bypass) holds the build's preview id: the same for every
// editor and good until the next build, whatever happens to PREVIEW_SECRET. Ours holds an
// expiry and an HMAC of it keyed with PREVIEW_SECRET, so a session ends when it expires
// (hours, PREVIEW_SESSION_HOURS) or when the secret is changed or removed. Preview is on
// only when both cookies are there and ours checks out. No server-side state: any
// instance with the same secret accepts the cookie.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'sahifa_preview';
export const DRAFT_COOKIE = '__prerender_bypass';

const HOUR_MS = 3_600_000;
export const DEFAULT_SESSION_HOURS = 8;
export const MAX_SESSION_HOURS = 24;

/** The shortest PREVIEW_SECRET a server starts with: sessions are only as strong as it. */
export const MIN_SECRET_LENGTH = 32;

/** Why PREVIEW_SECRET cannot be used (too short), or undefined when it is fine or unset (preview off). */
export function previewSecretProblem(raw = process.env.PREVIEW_SECRET): string | undefined {
  if (!raw || raw.length >= MIN_SECRET_LENGTH) return undefined;
  return `PREVIEW_SECRET has ${raw.length} characters; it needs at least ${MIN_SECRET_LENGTH}. Make one with \`openssl rand -hex 32\` (letters and digits only, safe in a link), or unset it to turn preview off.`;
}

/** The preview secret, or undefined when preview is off. */
export function previewSecret(): string | undefined {
  return process.env.PREVIEW_SECRET || undefined;
}

/** How long a session lasts: PREVIEW_SESSION_HOURS, 1 to 24 hours (8 when unset or out of range). */
export function sessionTtlMs(): number {
  const n = Number(process.env.PREVIEW_SESSION_HOURS);
  return (Number.isInteger(n) && n >= 1 && n <= MAX_SESSION_HOURS ? n : DEFAULT_SESSION_HOURS) * HOUR_MS;
}

const mac = (secret: string, expires: number) => createHmac('sha256', secret).update(`sahifa-preview-session:v1:${expires}`).digest('base64url');

/** A cookie value that is good until now + ttl: `<expiry in epoch seconds>.<HMAC>`. */
export function signSession(secret: string, now = Date.now(), ttlMs = sessionTtlMs()): string {
  const expires = Math.floor((now + ttlMs) / 1000);
  return `${expires}.${mac(secret, expires)}`;
}

/** True when `value` was signed with `secret` and has not expired. */
export function verifySession(value: string | undefined, secret: string | undefined, now = Date.now()): boolean {
  if (!value || !secret) return false;
  const m = /^(\d{10,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return false;
  const expires = Number(m[1]);
  // Never longer than the longest session from now, whatever a value claims.
  if (expires * 1000 <= now || expires * 1000 > now + MAX_SESSION_HOURS * HOUR_MS) return false;
  const given = Buffer.from(m[2]!);
  const expected = Buffer.from(mac(secret, expires));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
