/** PAGE_CACHE_MAX_PAGES, a whole number above 0; 10,000 otherwise. */
export function maxPages(): number;
