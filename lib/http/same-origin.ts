// Is a request sent by one of our own pages? Browsers say where a request comes from in
// Sec-Fetch-Site and Origin, and a web page cannot change either. A client that is not
// a browser may send neither (or anything): this only keeps other websites from making
// their visitors' browsers send requests here.
//
// "Ours" is the address the browser used, not a name this process was started with: a
// page opened at http://127.0.0.1:3000, at a LAN address or at SITE_URL is ours, while
// Next's request.url says `localhost` whatever the reader typed. So the origins are
// SITE_URL's, the Host header's (a browser always sends the host it connected to), and,
// from a proxy that TRUST_PROXY names, X-Forwarded-Proto + X-Forwarded-Host (an edge on
// https or on another port than the app's).
import { fromTrustedProxy, parseTrustProxy } from '@/lib/reads/client-address';
import { peerAddress } from '@/lib/http/peer-address';
import { siteUrl } from '@/lib/site';

/** At most this many entries of a forwarded list are looked at. */
const MAX_FORWARDED = 4;

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** `proto://host` when both are well formed (no path, credentials or junk), else undefined. */
function hostOrigin(proto: string, host: string): string | undefined {
  if (!/^https?:$/.test(proto) || !/^[A-Za-z0-9.\-[\]:]{1,300}$/.test(host)) return undefined;
  return originOf(`${proto}//${host}`);
}

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, MAX_FORWARDED);

/** The origins a page of ours may have, as this request reached us. */
export function ownOrigins(request: Request, peer: string | undefined = peerAddress(request.headers)): string[] {
  const h = request.headers;
  const own = new Set<string>();
  const add = (o: string | undefined) => o && own.add(o);
  if (process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL) add(originOf(siteUrl()));
  const scheme = originOf(request.url) ? new URL(request.url).protocol : 'http:';
  const host = h.get('host');
  if (host) add(hostOrigin(scheme, host));
  if (fromTrustedProxy(parseTrustProxy(process.env.TRUST_PROXY).trust, peer)) {
    const protos = list(h.get('x-forwarded-proto')).map((p) => `${p.toLowerCase()}:`);
    const hosts = list(h.get('x-forwarded-host'));
    for (const p of protos.length ? protos : [scheme]) for (const fh of hosts.length ? hosts : host ? [host] : []) add(hostOrigin(p, fh));
  }
  // No Host at all (a bare Request in a test): the request's own URL.
  if (!host) add(originOf(request.url));
  return [...own];
}

/** Why the request comes from another site, or undefined when it may be ours. */
export function foreignOrigin(request: Request): string | undefined {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') return 'cross-site request';
  const origin = request.headers.get('origin');
  if (origin === null) return undefined;
  return ownOrigins(request).includes(origin) ? undefined : 'foreign origin';
}
