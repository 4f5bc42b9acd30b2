// How many rendered pages one server keeps on disk: read by the page cache handler
// (site-cache-handler.cjs), which removes the oldest past it, and by proxy.ts's memory of
// the paths it served (lib/http/outage.ts), which must not promise pages no longer kept.
// Plain CommonJS: Next loads the handler itself.
const DEFAULT = 10000;

/** PAGE_CACHE_MAX_PAGES, a whole number above 0; 10,000 otherwise. */
function maxPages() {
  const n = Number(process.env.PAGE_CACHE_MAX_PAGES || DEFAULT);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT;
}

module.exports = { maxPages };
