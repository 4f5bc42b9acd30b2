// The reader's address, for dedupe and rate limiting only (it is hashed, never kept).
// A route handler does not see the socket, so it comes from headers:
// - TRUST_PROXY=1: the first X-Forwarded-For hop, as our proxy passes it on.
// - otherwise X-Real-IP, else the last X-Forwarded-For hop: `next start` fills that
//   header with the socket's address when the request has none.
// Without a trusted proxy a client can forge these headers, so both limits are a
// guard against honest repeats, not against a determined forger.
// With no header at all (a bare Request in a test) every client is UNKNOWN_CLIENT.
export const UNKNOWN_CLIENT = 'unknown';

export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (trustProxy && hops[0]) return hops[0];
  return headers.get('x-real-ip')?.trim() || hops[hops.length - 1] || UNKNOWN_CLIENT;
}
