// Search for readers (and editors in preview). Pages call search() and highlight();
// tests and the benchmark build their own index with createSearchIndex().
import { getStore, type ContentStore } from '@/lib/content/store';
import { SearchIndex, type IndexOptions, type SearchOptions, type SearchPage } from './search-index';

export { highlight, type Segment } from './highlight';
export { MAX_QUERY_LENGTH, queryProblem, type QueryProblem } from './query';
export { DEFAULT_LEAD_CHARS, DEFAULT_MAX_BODY_CHARS, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SearchIndex } from './search-index';
export type { IndexOptions, SearchLocale, SearchOptions, SearchPage } from './search-index';

export function createSearchIndex(store: ContentStore, options?: IndexOptions): SearchIndex {
  return new SearchIndex(store, options);
}

const KEY = Symbol.for('sahifa.searchIndex');
type Holder = { [KEY]?: SearchIndex };

/**
 * The process-wide index of the process-wide store, on globalThis for the same reason
 * as getStore(): Next bundles pages and route handlers separately. A new store (another
 * CONTENT_DIR) gets a new index.
 */
export function getSearchIndex(): SearchIndex {
  const g = globalThis as Holder;
  const store = getStore();
  if (g[KEY]?.store !== store) g[KEY] = new SearchIndex(store);
  return g[KEY];
}

/**
 * Stories of `locale` matching `query`, best and newest first, one page of them.
 * An empty or too long query (see queryProblem) gives no results rather than an error.
 */
export function search(query: string, options: SearchOptions): SearchPage {
  return getSearchIndex().search(query, options);
}
