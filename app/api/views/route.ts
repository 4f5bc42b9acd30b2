// POST /api/views: the read beacon. Body {"id": "<article id>"} as text/plain (what
// navigator.sendBeacon sends) or application/json. 204 whether or not the read counted
// (a repeat, a bot, a prefetch or an editor's preview), so the answer tells nobody what
// we know. Beacons from other websites' pages are refused (403): they cannot count here.
// A reader without a token gets one here (lib/reads/reader-token.ts), never from a page:
// this answer is never cached, pages are.
import { getContentSource } from '@/lib/content/instance';
import { NO_STORE as NO_CACHE } from '@/lib/http/cache';
import { unavailable } from '@/lib/http/responses';
import { foreignOrigin } from '@/lib/http/same-origin';
import { previewActive } from '@/lib/preview/session';
import { isIgnoredRequest, readBeaconBody } from '@/lib/reads/beacon-request';
import { clientAddress, parseTrustProxy, visitorKey } from '@/lib/reads/client-address';
import { getViews } from '@/lib/reads/instance';
import { mintReaderToken, readerCookie, readerCookieLine, verifyReaderToken } from '@/lib/reads/reader-token';
import { siteUrl } from '@/lib/site';

type Headers = Record<string, string>;

const answer = (status: number, headers: Headers, error?: string) =>
  error === undefined ? new Response(null, { status, headers: { 'Cache-Control': NO_CACHE, ...headers } }) : Response.json({ error }, { status, headers: { 'Cache-Control': NO_CACHE, ...headers } });

export async function POST(request: Request): Promise<Response> {
  const foreign = foreignOrigin(request);
  if (foreign) return answer(403, {}, foreign);
  const views = getViews();
  // One address is an IPv4 address or an IPv6 /64, whatever user agent it sends.
  const visitor = visitorKey(clientAddress(request.headers, parseTrustProxy(views.settings.trustProxy).trust));
  const now = Date.now();
  if (!views.addressLimiter.take(visitor, now)) return answer(429, { 'Retry-After': '60' }, 'too many beacons');

  let key: string;
  try {
    key = await views.readerKey();
  } catch (e) {
    console.error('[views] reader key unavailable:', (e as Error).message);
    return answer(503, { 'Retry-After': '5' }, 'counting unavailable');
  }
  const reader = verifyReaderToken(readerCookie(request.headers), key);
  // A reader without a (valid) token gets one with this answer, whatever it is; this beacon counts as its address.
  const issued: Headers = reader ? {} : { 'Set-Cookie': readerCookieLine(mintReaderToken(key), secure(request)) };
  if (!views.limiter.take(reader ? `reader:${reader}` : visitor, now)) return answer(429, { ...issued, 'Retry-After': '60' }, 'too many beacons');

  const body = await readBeaconBody(request);
  if (!body.ok) return answer(body.status, issued, body.error);
  if (isIgnoredRequest(request.headers) || (await previewActive())) return answer(204, {});

  let article;
  try {
    article = await getContentSource().article(body.id, { preview: false, now });
  } catch (e) {
    // The database is away: 503 with Retry-After, as every API says (the reader may send it again).
    return unavailable(e);
  }
  if (!article) return answer(404, issued, 'no such article');

  try {
    await views.store.record({ id: article.id, locale: article.locale, visitor, reader, cap: views.settings.readersPerAddress });
  } catch (e) {
    console.error('[views] counting failed:', (e as Error).message);
    return answer(503, { ...issued, 'Retry-After': '5' }, 'counting unavailable');
  }
  return answer(204, issued);
}

/** The browser is on https: its Origin says so (checked above), or the site's address does. */
const secure = (request: Request) => (request.headers.get('origin') ?? '').startsWith('https:') || siteUrl().startsWith('https:');
