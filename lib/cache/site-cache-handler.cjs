// Next's page cache (the file system one), made to keep pages of one site address apart
// from another's. Pages, feeds and sitemaps carry SITE_URL (canonical, hreflang, og:url,
// JSON-LD, RSS links, <loc>s); a build prerenders them with the address it saw, and a
// server started with another SITE_URL must not answer with those copies, not even the
// first time. Each entry is stamped with the address it was made for; an entry made for
// another one counts as missing, so the page is rendered again, for this address.
// Plain CommonJS: Next loads this file itself, at build and at start.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads this file as CommonJS
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

const STAMP = 'x-sahifa-site';
const RESPONSES = new Set(['APP_PAGE', 'APP_ROUTE']);

/** The same address as lib/site.ts's siteUrl(). */
function siteUrl() {
  return (process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

class SiteCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const value = entry && entry.value;
    if (value && RESPONSES.has(value.kind) && (value.headers || {})[STAMP] !== siteUrl()) return null;
    return entry;
  }

  async set(key, data, ctx) {
    const stamped = data && RESPONSES.has(data.kind) ? { ...data, headers: { ...data.headers, [STAMP]: siteUrl() } } : data;
    return super.set(key, stamped, ctx);
  }
}

module.exports = SiteCacheHandler;
