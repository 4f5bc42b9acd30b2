// Search for readers (and editors in preview): the query rules and highlighting every
// source shares, and the in-memory index the JSON source searches with. Pages search
// through their content source; tests and the benchmark build their own index.
import type { FileStore } from '@/lib/content/files/store';
import { SearchIndex, type IndexOptions } from './search-index';

export { highlight, type Segment } from './highlight';
export { MAX_QUERY_LENGTH, queryProblem, type QueryProblem } from './query';
export { DEFAULT_LEAD_CHARS, DEFAULT_MAX_BODY_CHARS, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SearchIndex } from './search-index';
export type { IndexOptions, SearchLocale, SearchOptions } from './search-index';

export function createSearchIndex(store: FileStore, options?: IndexOptions): SearchIndex {
  return new SearchIndex(store, options);
}
