import type { ArticleInput, Section } from './schema';

export type { Block, ImageData, Section } from './schema';

/** An article as the application holds it: the file's data plus what the store derives. */
export type Article = ArticleInput & {
  /** publishedAt and updatedAt as epoch milliseconds, for sorting and visibility. */
  published: number;
  updated?: number;
  /** Path of the file, relative to the store, with `/` separators. */
  file: string;
  /** The files under /media/ that the story shows (image and body), read once at parse time. */
  media?: string[];
};

export type Problem = {
  file: string;
  /** Dotted path of the field, or '' for the whole file. */
  field: string;
  reason: string;
  level: 'error' | 'warning';
};

/** What a query may see: readers get published stories whose time has come. */
export type View = { preview: boolean; now?: number };

export type SectionMap = ReadonlyMap<string, Section>;
