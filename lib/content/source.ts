// Every question a page may ask of the stories, in one interface. Each answer is async,
// so the same pages run on the JSON folder (files/) or on a database, and each takes
// the reader's visibility explicitly: nothing here reads the request.
import type { Locale } from '@/i18n/locales';
import type { Article, ArticleSummary, Problem, Section, Visibility } from './types';

/** One page of a list, with how many there are in all. */
export type Page<T> = { items: T[]; total: number; page: number; pages: number };

/** A list of the newest stories of a locale (or both), optionally of one section. */
export type ListQuery = {
  locale?: Locale;
  section?: string;
  /** Only stories published at or after this time (epoch ms). */
  since?: number;
  /** Ids to leave out (stories the page already shows). */
  exclude?: readonly string[];
};

export type SearchQuery = { text: string; locale: Locale; page: number; pageSize?: number };
/** Search results: whole stories (the result page shows a passage of the body), or their summaries. */
export type SearchPage<T extends ArticleSummary = Article> = Page<T> & { terms: string[] };

/** A story's picture as stored: what the response says of it, and its bytes. */
export type MediaBody = {
  size: number;
  /** Modification time (epoch ms): with size, the ETag and Last-Modified (app/media). */
  mtimeMs: number;
  type: string;
  /** The bytes; undefined when the picture went away since it was opened. */
  read(): Promise<ReadableStream<Uint8Array> | Uint8Array | undefined>;
  /** Lets go of it without reading (a HEAD, a 304). */
  close(): Promise<void>;
};

export interface ContentSource {
  /** The sections in the editors' order. */
  sections(): Promise<Section[]>;

  /** One story, body included, when it is visible. */
  article(id: string, vis: Visibility): Promise<Article | undefined>;
  /** The visible ones of `ids`, in the order given (most read, editors' picks). */
  articles(ids: readonly string[], vis: Visibility): Promise<ArticleSummary[]>;
  /** Each story's version in the other language, where there is one and it is visible, by the story's id. */
  translations(of: readonly ArticleSummary[], vis: Visibility): Promise<Map<string, ArticleSummary>>;
  /** Stories like `of`: shared tags, then section, then time; never `of` nor its picks. */
  related(of: ArticleSummary, n: number, vis: Visibility): Promise<ArticleSummary[]>;

  /** The newest `n` stories matching `query`, newest first. */
  latest(query: ListQuery, n: number, vis: Visibility): Promise<ArticleSummary[]>;
  /** The newest `n` stories of each of `sections` in `locale`, leaving out `exclude`, by section id: one question for a page's teaser blocks. */
  latestBySection(query: { locale: Locale; sections: readonly string[]; exclude?: readonly string[] }, n: number, vis: Visibility): Promise<Map<string, ArticleSummary[]>>;
  /** Page `page` (from 1) of `size` stories matching `query`, newest first. */
  page(query: ListQuery, page: number, size: number, vis: Visibility): Promise<Page<ArticleSummary>>;
  /** How many stories match `query`. */
  count(query: ListQuery, vis: Visibility): Promise<number>;

  /** Results with their bodies (the search page shows a passage of each). */
  search(query: SearchQuery, vis: Visibility): Promise<SearchPage>;
  /** The same results without their bodies: for cards (the JSON API) and for counting pages. */
  searchSummaries(query: SearchQuery, vis: Visibility): Promise<SearchPage<ArticleSummary>>;

  /** Drafts and scheduled stories, for the editors' desk. */
  unpublished(now: number): Promise<ArticleSummary[]>;
  /** What is wrong in the store: every problem with its file, field and reason. */
  problems(): Promise<Problem[]>;
  /**
   * Whether a story visible under `vis` shows the file /media/<file> (a path relative to
   * the media folder, decoded). A story's pictures are served only then (app/media).
   */
  mediaShown(file: string, vis: Visibility): Promise<boolean>;
  /**
   * The picture /media/<file> (relative, decoded) when the source holds one that may be
   * served (lib/media/media-rules.ts), whoever asks: mediaShown says who may have it.
   */
  media(file: string): Promise<MediaBody | undefined>;
  /** Changes whenever a story's source does (live preview); undefined for an unknown id. */
  version(id: string): Promise<string | undefined>;
  /** Something cheap that says the source answers, for /api/health. */
  health(): Promise<{ ok: boolean; detail?: string }>;
}
