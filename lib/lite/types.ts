// What the lite pages render: plain data, every string already in the reader's language.
// Loaders (lib/loaders/lite/) build these from the content source; components/lite only print them.
import type { Locale } from '@/i18n/locales';
import type { Block } from '@/lib/content/types';

export type LiteTimeData = { iso: string; label: string; full: string; hijri?: string };

export type LiteItem = { id: string; href: string; title: string; time: LiteTimeData; summary?: string };

export type LiteFrame = {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  /** The document's <title>. */
  title: string;
  /** Absolute URL of the full page this one is the twin of. */
  canonical: string;
  /** The full page, opened even by a reader who chose "always lite". */
  fullHref: string;
  /** The same page in the other language's lite edition. */
  other: { href: string; label: string; aria: string; lang: Locale; dir: 'rtl' | 'ltr' };
  home: string;
  sections: { href: string; name: string; current: boolean }[];
  /** Where the preference form sends the reader back to. */
  back: string;
  labels: {
    site: string;
    edition: string;
    skip: string;
    sections: string;
    fullVersion: string;
    prefTitle: string;
    alwaysLite: string;
    preferFull: string;
    prefNote: string;
  };
};

export type LiteBlock = Exclude<Block, { type: 'image' }> | (Extract<Block, { type: 'image' }> & { href: string });

export type LiteList = { title: string; href?: string; items: LiteItem[] };

export type LiteHomeData = { frame: LiteFrame; heading: string; newest: LiteList; sections: LiteList[] };

export type LiteSectionData = {
  frame: LiteFrame;
  heading: string;
  items: LiteItem[];
  empty: string;
  pagination: { label: string; status: string; previous?: { href: string; label: string }; next?: { href: string; label: string } };
};

export type LiteArticleData = {
  frame: LiteFrame;
  article: {
    id: string;
    title: string;
    summary?: string;
    byline?: string;
    dateline?: string;
    published: LiteTimeData;
    updated?: LiteTimeData;
    hero?: { href: string; alt: string; caption?: string; credit?: string };
    blocks: LiteBlock[];
    source?: { name: string; url: string };
  };
  picks: LiteList;
  related: LiteList;
  latest: LiteList;
  /** Credits ("Image: …") are already written out in `hero.credit` and image blocks. */
  labels: { published: string; updated: string; hijri: string; showPicture: string; source: string; breadcrumb: string; home: string; section: string; sectionHref: string };
};
