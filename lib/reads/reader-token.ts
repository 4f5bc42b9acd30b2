// The reader token: how readers behind one address (a carrier's NAT, an office) are told
// apart. The beacon route hands each reader without one a random id signed with the
// server's key (reader-key.ts), in an HttpOnly cookie scoped to /api/views: pages never
// see it, so they stay cached and identical for everyone, and the edge caches nothing it
// is sent with. A read then counts once per token per story per 30 minutes, and at most
// VIEWS_READERS_PER_ADDRESS tokens of one address count for one story: a client that
// mints or hoards tokens gains at most that cap.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const READER_COOKIE = 'sahifa_reader';
/** Long enough to outlive the 30-minute dedupe by far; short enough to be no lasting id. */
export const READER_TOKEN_DAYS = 7;

const mac = (key: string, id: string) => createHmac('sha256', key).update(`sahifa-reader:v1:${id}`).digest('base64url').slice(0, 22);

/** A new token: `<random id>.<HMAC>`. */
export function mintReaderToken(key: string): string {
  const id = randomBytes(16).toString('base64url');
  return `${id}.${mac(key, id)}`;
}

/** The token's id when it was signed with `key`, else undefined. */
export function verifyReaderToken(value: string | undefined, key: string): string | undefined {
  const m = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(value ?? '');
  if (!m) return undefined;
  const given = Buffer.from(m[2]!);
  const expected = Buffer.from(mac(key, m[1]!));
  return timingSafeEqual(given, expected) ? m[1] : undefined;
}

/** The token cookie a request carries, if any. */
export function readerCookie(headers: Headers): string | undefined {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === READER_COOKIE) return rest.join('=');
  }
  return undefined;
}

/** The Set-Cookie line for a new token: HttpOnly, SameSite=Lax, only sent to /api/views, Secure on https. */
export function readerCookieLine(token: string, secure: boolean): string {
  return `${READER_COOKIE}=${token}; Path=/api/views; Max-Age=${READER_TOKEN_DAYS * 86_400}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
