// The JSON folder as a ContentSource: the in-memory FileStore for questions, the
// in-memory search index for search. Answers are immediate; they are async only to
// share one interface with sources that are not.
import { Readable } from 'node:stream';
import { mediaDir, openMedia } from '@/lib/media/media-file';
import { SearchIndex } from '@/lib/search/search-index';
import type { ContentSource, ListQuery, MediaBody, SearchQuery } from '../source';
import type { Locale } from '@/i18n/locales';
import type { ArticleSummary, Visibility } from '../types';
import { SECTIONS_STALE } from './read';
import { FileStore } from './store';

export class FilesSource implements ContentSource {
  readonly index: SearchIndex;

  constructor(readonly store: FileStore) {
    this.index = new SearchIndex(store);
  }

  /** Builds the readers' search index now, so the first search does not wait. */
  warm(): this {
    this.index.warm();
    return this;
  }

  async sections() {
    return this.store.sections();
  }
  async article(id: string, vis: Visibility) {
    return this.store.article(id, vis);
  }
  async articles(ids: readonly string[], vis: Visibility) {
    return this.store.articles(ids, vis);
  }
  async translations(of: readonly ArticleSummary[], vis: Visibility) {
    const out = new Map<string, ArticleSummary>();
    for (const a of of) {
      const t = this.store.translation(a, vis);
      if (t) out.set(a.id, t);
    }
    return out;
  }
  async related(of: ArticleSummary, n: number, vis: Visibility) {
    return this.store.related(of, n, vis);
  }
  async latest(query: ListQuery, n: number, vis: Visibility) {
    return this.store.latest(query, n, vis);
  }
  async latestBySection(query: { locale: Locale; sections: readonly string[]; exclude?: readonly string[] }, n: number, vis: Visibility) {
    return new Map(query.sections.map((section) => [section, this.store.latest({ locale: query.locale, section, exclude: query.exclude }, n, vis)]));
  }
  async page(query: ListQuery, page: number, size: number, vis: Visibility) {
    return this.store.page(query, page, size, vis);
  }
  async count(query: ListQuery, vis: Visibility) {
    return this.store.count(query, vis);
  }
  async search(query: SearchQuery, vis: Visibility) {
    return this.index.search(query.text, { locale: query.locale, page: query.page, pageSize: query.pageSize, vis });
  }
  /** The index holds whole stories in memory: the same answer as search(). */
  async searchSummaries(query: SearchQuery, vis: Visibility) {
    return this.search(query, vis);
  }
  async unpublished(now: number) {
    return this.store.unpublished(now);
  }
  async problems() {
    return this.store.problems();
  }
  async mediaShown(file: string, vis: Visibility) {
    // The store's own version of each story, so a story left out (a repeated id) shows nothing.
    for (const a of this.store.mediaUsers(file)) if (this.store.article(a.id, vis) === a) return true;
    return false;
  }
  /** From the store's media/ folder, as the file is now. */
  async media(file: string): Promise<MediaBody | undefined> {
    const f = await openMedia(mediaDir(this.store.root), file);
    if (!f) return undefined;
    return {
      size: f.size,
      mtimeMs: f.mtimeMs,
      type: f.type,
      read: async () => Readable.toWeb(f.handle.createReadStream()) as ReadableStream<Uint8Array>,
      close: () => f.handle.close(),
    };
  }
  async version(id: string) {
    return this.store.version(id);
  }
  /** Cheap: nothing is sorted or counted. Degraded (still serving) while sections.json is broken. */
  async health() {
    return this.store.folder.sectionsStale ? { ok: true, detail: SECTIONS_STALE } : { ok: true };
  }
}
