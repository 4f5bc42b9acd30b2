// POST /api/views: the read beacon. Body {"id": "<article id>"} as text/plain (what
// navigator.sendBeacon sends) or application/json. 204 whether or not the read counted
// (a repeat, a bot, a prefetch or draft mode), so the answer tells nobody what we know.
import { draftMode } from 'next/headers';
import { getContentSource } from '@/lib/content/instance';
import { NO_STORE as NO_CACHE } from '@/lib/http/cache';
import { isIgnoredRequest, readBeaconBody } from '@/lib/reads/beacon-request';
import { clientAddress } from '@/lib/reads/client-address';
import { getViews } from '@/lib/reads/instance';

const NO_STORE = { 'Cache-Control': NO_CACHE };

const done = () => new Response(null, { status: 204, headers: NO_STORE });
const problem = (status: number, error: string, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });

export async function POST(request: Request): Promise<Response> {
  const views = getViews();
  const address = clientAddress(request.headers, views.settings.trustProxy);
  if (!views.limiter.take(address, Date.now())) return problem(429, 'too many beacons', { 'Retry-After': '60' });

  const body = await readBeaconBody(request);
  if (!body.ok) return problem(body.status, body.error);
  if (isIgnoredRequest(request.headers) || (await draftMode()).isEnabled) return done();

  const article = await getContentSource().article(body.id, { preview: false, now: Date.now() });
  if (!article) return problem(404, 'no such article');

  const ua = request.headers.get('user-agent') ?? '';
  try {
    await views.store.record({ id: article.id, locale: article.locale, visitor: `${address}\n${ua}` });
  } catch (e) {
    console.error('[views] counting failed:', (e as Error).message);
    return problem(503, 'counting unavailable', { 'Retry-After': '5' });
  }
  return done();
}
