// A share link's token: the story's id, the link's expiry and the link's own id, signed
// with a key derived from PREVIEW_SECRET (so changing the secret ends every link). The
// signature says the link was made here; whether it still holds (not revoked) is asked of
// the link store (store.ts). Ids are [a-z0-9-] and the link id base64url, so `.` parts.
//   <story id>.<expiry, epoch seconds>.<link id>.<HMAC-SHA256, base64url>
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const HOUR_MS = 3_600_000;
export const MIN_SHARE_HOURS = 1;
export const MAX_SHARE_HOURS = 168;
export const DEFAULT_SHARE_HOURS = 48;

export type ShareClaim = { id: string; expires: number; linkId: string };

/** The signing key: never the secret itself, so a token's MAC says nothing about a session's. */
const keyOf = (secret: string) => createHmac('sha256', secret).update('sahifa-share-key:v1').digest();
const macOf = (secret: string, payload: string) => createHmac('sha256', keyOf(secret)).update(`sahifa-share:v1:${payload}`).digest('base64url');

export const newLinkId = () => randomBytes(16).toString('base64url');

/** A token for story `id`, good until now + hours. */
export function signShare(secret: string, id: string, hours: number, now = Date.now(), linkId = newLinkId()): { token: string; claim: ShareClaim } {
  const expires = Math.floor((now + hours * HOUR_MS) / 1000);
  const payload = `${id}.${expires}.${linkId}`;
  return { token: `${payload}.${macOf(secret, payload)}`, claim: { id, expires: expires * 1000, linkId } };
}

const SHAPE = /^([a-z0-9-]{1,120})\.(\d{10,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** The claim of a token signed with `secret` that has not expired; undefined for anything else. */
export function verifyShare(token: string | undefined | null, secret: string | undefined, now = Date.now()): ShareClaim | undefined {
  if (!token || !secret || token.length > 256) return undefined;
  const m = SHAPE.exec(token);
  if (!m) return undefined;
  const expires = Number(m[2]) * 1000;
  // Never longer than the longest link from now, whatever a token claims.
  if (expires <= now || expires > now + MAX_SHARE_HOURS * HOUR_MS + 60_000) return undefined;
  const given = Buffer.from(m[4]!);
  const expected = Buffer.from(macOf(secret, `${m[1]}.${m[2]}.${m[3]}`));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { id: m[1]!, expires, linkId: m[3]! };
}

/** `hours` as sent (a form field): an integer from 1 to 168, 48 when absent; else undefined. */
export function parseHours(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return DEFAULT_SHARE_HOURS;
  if (!/^\d{1,3}$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return n >= MIN_SHARE_HOURS && n <= MAX_SHARE_HOURS ? n : undefined;
}
