// The Content-Security-Policy of each kind of response (docs/security.md says why each
// directive, and what the full pages' 'unsafe-inline' costs). Plain strings, no Node API:
// next.config.ts, proxy.ts, the lite routes and the service worker all read them.

/** What every policy says: no plugins, no <base>, never framed, forms only to us. */
const LOCKED = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

/**
 * Full reader pages (App Router). Scripts from our origin only, never eval; inline scripts
 * must be allowed: Next writes its flight data as inline scripts that differ on every page
 * and on every render, so neither hashes (not stable) nor nonces (they need a render per
 * request: no page cache) can name them.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  ...LOCKED,
].join('; ');

/**
 * A page that runs no script (the lite edition, the offline page): nothing but its own
 * inline stylesheet, named by hash, and pictures from us; its forms post to us.
 */
export const noScriptPageCsp = (styleHash: string): string =>
  ["default-src 'none'", `style-src '${styleHash}'`, "img-src 'self' data:", "form-action 'self'", ...LOCKED].join('; ');

/** Anything that is not a page (feeds, sitemaps, JSON, pictures, files): loads nothing. */
export const NOTHING_CSP = ["default-src 'none'", "form-action 'self'", ...LOCKED].join('; ');

/** The service worker: fetches and caches our pages and files, imports nothing else. */
export const WORKER_CSP = ["default-src 'self'", "script-src 'self'", "form-action 'self'", ...LOCKED].join('; ');
