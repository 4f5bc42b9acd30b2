// Which requests may start or end preview, or clear a stale session's cookies. Next's draft
// cookie is SameSite=None, so other websites' pages send it with every request they make
// here (pictures, frames, fetches), without our SameSite=Lax session cookie: such a request
// looks like a revoked session, and must still change nothing. A client that is not a
// browser sends no Sec-Fetch-* and is taken at its word (it has only its own cookies).
import { foreignOrigin } from '@/lib/http/same-origin';

/** A page load or a form, not a picture, frame, script or fetch. */
export function isNavigation(request: Request): boolean {
  const mode = request.headers.get('sec-fetch-mode');
  // Browsers send Sec-Fetch-Mode and Sec-Fetch-Site together, always. One alone comes from a
  // client that is not a browser (Node's fetch says `cors` on every request), taken at its word.
  if (mode === null || request.headers.get('sec-fetch-site') === null) return true;
  return mode === 'navigate';
}

/** A navigation from our own pages, or typed by the editor: what may end preview. */
export function mayChangePreview(request: Request): boolean {
  if (!isNavigation(request)) return false;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return false;
  return !foreignOrigin(request);
}
