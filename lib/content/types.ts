import type { ArticleInput } from './schema';

export type { Block, ImageData, Section } from './schema';

/** An article as the application holds it: the file's data plus what the store derives. */
export type Article = ArticleInput & {
  /** publishedAt and updatedAt as epoch milliseconds, for sorting and visibility. */
  published: number;
  updated?: number;
  /** Where the story comes from: its file, relative to the store, with `/` separators. */
  file: string;
  /** The files under /media/ that the story shows (image and body), read once at parse time. */
  media?: string[];
};

/** A story in a list: everything but the body, which only the story's own page reads. */
export type ArticleSummary = Omit<Article, 'body'>;

export type Problem = {
  file: string;
  /** Dotted path of the field, or '' for the whole file. */
  field: string;
  reason: string;
  level: 'error' | 'warning';
};

/**
 * What a question may see. Readers: published stories whose time (`now`) has come.
 * Editors in preview: everything, drafts and scheduled stories too.
 */
export type Visibility = { preview: boolean; now: number };

/** Readers' visibility at `now`. */
export const readers = (now = Date.now()): Visibility => ({ preview: false, now });

export function isVisible(a: ArticleSummary, vis: Visibility): boolean {
  return vis.preview || (a.status === 'published' && a.published <= vis.now);
}

/** The editors' picks for a story: its seeAlso ids, in order, never the story itself. */
export const pickIds = (a: Pick<ArticleSummary, 'id' | 'seeAlso'>): string[] => (a.seeAlso ?? []).filter((id) => id !== a.id);
