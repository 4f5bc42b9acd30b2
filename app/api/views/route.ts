// POST /api/views: the read beacon. Body {"id": "<article id>"} as text/plain (what
// navigator.sendBeacon sends) or application/json. 204 whether or not the read counted
// (a repeat, a bot, a prefetch or an editor's preview), so the answer tells nobody what
// we know. Beacons from other websites' pages are refused (403): they cannot count here.
import { getContentSource } from '@/lib/content/instance';
import { NO_STORE as NO_CACHE } from '@/lib/http/cache';
import { unavailable } from '@/lib/http/responses';
import { foreignOrigin } from '@/lib/http/same-origin';
import { previewActive } from '@/lib/preview/session';
import { isIgnoredRequest, readBeaconBody } from '@/lib/reads/beacon-request';
import { clientAddress, parseTrustProxy, visitorKey } from '@/lib/reads/client-address';
import { getViews } from '@/lib/reads/instance';

const NO_STORE = { 'Cache-Control': NO_CACHE };

const done = () => new Response(null, { status: 204, headers: NO_STORE });
const problem = (status: number, error: string, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });

export async function POST(request: Request): Promise<Response> {
  const foreign = foreignOrigin(request);
  if (foreign) return problem(403, foreign);
  const views = getViews();
  // One reader is one address (an IPv6 /64), whatever user agent it sends.
  const visitor = visitorKey(clientAddress(request.headers, parseTrustProxy(views.settings.trustProxy).trust));
  if (!views.limiter.take(visitor, Date.now())) return problem(429, 'too many beacons', { 'Retry-After': '60' });

  const body = await readBeaconBody(request);
  if (!body.ok) return problem(body.status, body.error);
  if (isIgnoredRequest(request.headers) || (await previewActive())) return done();

  let article;
  try {
    article = await getContentSource().article(body.id, { preview: false, now: Date.now() });
  } catch (e) {
    // The database is away: 503 with Retry-After, as every API says (the reader may send it again).
    return unavailable(e);
  }
  if (!article) return problem(404, 'no such article');

  try {
    await views.store.record({ id: article.id, locale: article.locale, visitor });
  } catch (e) {
    console.error('[views] counting failed:', (e as Error).message);
    return problem(503, 'counting unavailable', { 'Retry-After': '5' });
  }
  return done();
}
