// Reading a beacon request: what sendBeacon sends (a text/plain body holding JSON) or a
// JSON request, at most 1 KB, naming one article id. Anything else is the client's
// mistake (4xx with a short reason), never the server's.
import { readAtMost } from '@/lib/http/body';
import { isBotUserAgent } from '@/lib/http/bots';

export const MAX_BODY_BYTES = 1024;
const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type BeaconBody = { ok: true; id: string } | { ok: false; status: 400 | 415; error: string };

const fail = (error: string, status: 400 | 415 = 400): BeaconBody => ({ ok: false, status, error });

export async function readBeaconBody(request: Request): Promise<BeaconBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'text/plain' && type !== 'application/json') return fail('send text/plain or application/json', 415);
  const text = await readAtMost(request, MAX_BODY_BYTES);
  if (text === undefined) return fail(`body over ${MAX_BODY_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('body is not JSON');
  }
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id.length > 120 || !ARTICLE_ID.test(id)) return fail('expected {"id": "<article id>"}');
  return { ok: true, id };
}

/** Requests that get a 204 but no count: prefetches and crawlers. (Draft mode is checked by the route.) */
export function isIgnoredRequest(headers: Headers): boolean {
  const purpose = `${headers.get('purpose') ?? ''} ${headers.get('sec-purpose') ?? ''}`;
  return /prefetch/i.test(purpose) || isBotUserAgent(headers.get('user-agent'));
}
