// Next's page cache (the file system one), made to keep pages of one site address apart
// from another's. Pages, feeds and sitemaps carry SITE_URL (canonical, hreflang, og:url,
// JSON-LD, RSS links, <loc>s); a build prerenders them with the address it saw, and a
// server started with another SITE_URL must not answer with those copies, not even the
// first time. Each entry is stamped with the address it was made for; an entry made for
// another one counts as missing, so the page is rendered again, for this address. And it
// keeps the pages on disk to a number (maxPages below).
// Plain CommonJS: Next loads this file itself, at build and at start.
/* eslint-disable @typescript-eslint/no-require-imports -- Next loads this file as CommonJS */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const fsp = require('node:fs/promises');
const { maxPages } = require('./page-cache-limit.cjs');
/* eslint-enable @typescript-eslint/no-require-imports */

const STAMP = 'x-sahifa-site';
const RESPONSES = new Set(['APP_PAGE', 'APP_ROUTE']);

/** The same address as lib/site.ts's siteUrl(). */
function siteUrl() {
  return (process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

/*
 * Next writes every page it renders into the build folder (~100–200 KB in ~10 files for a
 * story) and never removes one: on an archive of a million stories, which the sitemaps hand
 * to every crawler, that would be ~200 GB. Past maxPages() pages written by this process, the
 * one written longest ago leaves the disk; asked again, it is rendered again. A page read
 * often is rewritten at each revalidation, so it stays. The build's own pages are not counted
 * (a new build replaces them all).
 */
/** The pages this process wrote, the one written longest ago first (a Map keeps insertion order). */
const written = new Map();

class SiteCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    const value = entry && entry.value;
    if (value && RESPONSES.has(value.kind) && (value.headers || {})[STAMP] !== siteUrl()) return null;
    return entry;
  }

  async set(key, data, ctx) {
    const page = data && RESPONSES.has(data.kind);
    const stamped = page ? { ...data, headers: { ...data.headers, [STAMP]: siteUrl() } } : data;
    await super.set(key, stamped, ctx);
    if (page && this.flushToDisk) await this.keepOnDisk(key, data.kind);
  }

  /** Counts a page written; past maxPages(), removes the oldest one's files. */
  async keepOnDisk(key, kind) {
    written.delete(key);
    written.set(key, kind);
    const gone = [];
    while (written.size > maxPages()) {
      const [oldest, oldestKind] = written.entries().next().value;
      written.delete(oldest);
      gone.push(this.removeFiles(oldest, oldestKind));
    }
    await Promise.all(gone);
  }

  async removeFiles(key, kind) {
    const names = kind === 'APP_ROUTE' ? [`${key}.body`, `${key}.meta`] : [`${key}.html`, `${key}.rsc`, `${key}.meta`, `${key}.segments`];
    // A reader of the same page meanwhile gets a miss, and the page is rendered again.
    await Promise.all(names.map((n) => fsp.rm(this.getFilePath(n, kind), { recursive: true, force: true }).catch(() => undefined)));
  }
}

module.exports = SiteCacheHandler;
