// Where "exit preview" sends the editor back to: the page they were on, from Referer,
// when that is one of our own reader pages; else the home page. Referer is whatever the
// client sends: anything unexpected (not a URL, another site, `//host` paths, the desk)
// gives `/`, never an error and never a Location that leaves the site.
import { siteUrl } from '@/lib/site';

const READER_PAGE = /^\/(?:ar|en)(?:\/[A-Za-z0-9-]+)*\/?$/;
const DESK = /^\/(?:ar|en)\/preview\/?$/;

/** `own`: the site's addresses (URLs or origins) a Referer may name. */
export function returnPath(referer: string | null, ...own: string[]): string {
  if (!referer) return '/';
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return '/';
  }
  const ours = new Set([...own.map(hostOf), hostOf(siteUrl())]);
  if (!ours.has(from.host)) return '/';
  return READER_PAGE.test(from.pathname) && !DESK.test(from.pathname) ? from.pathname : '/';
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
