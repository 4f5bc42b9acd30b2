// Is a request sent by one of our own pages? Browsers say where a request comes from in
// Sec-Fetch-Site and Origin, and a web page cannot change either. A client that is not
// a browser may send neither (or anything): this only keeps other websites from making
// their visitors' browsers send requests here.
import { siteUrl } from '@/lib/site';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Why the request comes from another site, or undefined when it may be ours. */
export function foreignOrigin(request: Request): string | undefined {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') return 'cross-site request';
  const origin = request.headers.get('origin');
  if (origin === null) return undefined;
  const own = [originOf(request.url), originOf(siteUrl())];
  return own.includes(origin) ? undefined : 'foreign origin';
}
