// The Cache-Control values the app sends, in one place. Public answers may sit at the
// edge for 30 s and be served stale for a while after; preview and API answers that
// depend on who asks never do.
export const PUBLIC_CACHE = 'public, max-age=0, s-maxage=30, stale-while-revalidate=300';
export const PRIVATE_NO_STORE = 'private, no-store';
export const NO_STORE = 'no-store';

/** For a public answer, or a private one when the editor's preview shaped it. */
export const cacheControl = (preview: boolean) => (preview ? PRIVATE_NO_STORE : PUBLIC_CACHE);
/** Kept anywhere, but asked again every time (the service worker script). */
export const REVALIDATE_EVERY_TIME = 'no-cache';
/**
 * A story's picture: editors control it (a withdrawn story takes its pictures along, the
 * media route answers 404 at once), so no copy may outlive the edge's page time (30 s) or,
 * in a browser, a minute. Revalidation is cheap: the route answers 304 to its ETag.
 */
export const MEDIA_CACHE = 'public, max-age=60, s-maxage=30';
