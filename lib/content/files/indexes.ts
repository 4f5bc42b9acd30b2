// The lists the questions read, built from the folder's entries: stories by id, their
// translations, and newest-first lists per locale, section and tag. Built in one pass
// when anything but a story's words changed; a words-only edit is swapped in place.
import type { Section } from '../schema';
import type { Article, Problem } from '../types';
import { comparePaths, type Entry } from './folder';

/** Which list: every story of a locale, of a section, of a tag; or the drafts. */
export type ListKey = { locale: string; section?: string; tag?: string } | 'drafts';

/** The string a key is stored under (one place knows the format). */
export function listKey(key: ListKey): string {
  if (key === 'drafts') return 'drafts';
  if (key.tag !== undefined) return `t\u0000${key.locale}\u0000${key.tag}`;
  if (key.section !== undefined) return `s\u0000${key.locale}\u0000${key.section}`;
  return `l\u0000${key.locale}`;
}

/** Every list a story belongs to. */
function keysOf(a: Article): ListKey[] {
  return [{ locale: a.locale }, { locale: a.locale, section: a.section }, ...(a.tags ?? []).map((tag) => ({ locale: a.locale, tag }))];
}

export const byNewest = (a: Article, b: Article) => b.published - a.published || comparePaths(a.file, b.file);

export type Indexes = {
  byId: Map<string, Article>;
  translations: Map<string, string[]>;
  /** status "published" (future ones first, then the visible ones), newest first. */
  published: Map<string, Article[]>;
  /** every accepted story, drafts too: what preview sees. */
  everything: Map<string, Article[]>;
  /** file under /media/ → the stories that show it (Article.media), drafts too. */
  byMedia: Map<string, Set<Article>>;
  /** Problems that need the whole store: unknown sections, repeated ids, dangling links. */
  problems: Problem[];
};

export function buildIndexes(entries: ReadonlyMap<string, Entry>, sections: readonly Section[]): Indexes {
  const sectionIds = new Set(sections.map((s) => s.id));
  const problems: Problem[] = [];
  const byId = new Map<string, Article>();
  for (const [file, entry] of [...entries].sort((a, b) => comparePaths(a[0], b[0]))) {
    const a = entry.article;
    if (!a) continue;
    if (!sectionIds.has(a.section)) {
      problems.push({ file, field: 'section', reason: `names the unknown section "${a.section}"`, level: 'error' });
      continue;
    }
    const first = byId.get(a.id);
    if (first) {
      problems.push({ file, field: 'id', reason: `repeats the id "${a.id}" of ${first.file}`, level: 'error' });
      continue;
    }
    byId.set(a.id, a);
  }

  const published = new Map<string, Article[]>();
  const everything = new Map<string, Article[]>();
  const push = (map: Map<string, Article[]>, key: ListKey, a: Article) => {
    const k = listKey(key);
    const list = map.get(k);
    if (list) list.push(a);
    else map.set(k, [a]);
  };
  const translations = new Map<string, string[]>();
  const link = (from: string, to: string) => (translations.get(from) ?? translations.set(from, []).get(from)!).push(to);
  const byMedia = new Map<string, Set<Article>>();
  for (const a of byId.values()) {
    addMedia(byMedia, a);
    for (const k of keysOf(a)) {
      push(everything, k, a);
      if (a.status === 'published') push(published, k, a);
    }
    if (a.status === 'draft') push(everything, 'drafts', a);
    for (const s of a.seeAlso ?? [])
      if (!byId.has(s)) problems.push({ file: a.file, field: 'seeAlso', reason: `names "${s}", which is not in the store`, level: 'warning' });
    if (a.translationOf) {
      const other = byId.get(a.translationOf);
      if (!other) problems.push({ file: a.file, field: 'translationOf', reason: `names "${a.translationOf}", which is not in the store`, level: 'warning' });
      else if (other.locale === a.locale)
        problems.push({ file: a.file, field: 'translationOf', reason: `names "${other.id}", which is in the same locale (${a.locale})`, level: 'warning' });
      else {
        link(a.id, other.id);
        link(other.id, a.id);
      }
    }
  }
  for (const list of published.values()) list.sort(byNewest);
  for (const list of everything.values()) list.sort(byNewest);
  return { byId, translations, published, everything, byMedia, problems };
}

function addMedia(byMedia: Map<string, Set<Article>>, a: Article): void {
  for (const f of a.media ?? []) {
    const users = byMedia.get(f);
    if (users) users.add(a);
    else byMedia.set(f, new Set([a]));
  }
}

function removeMedia(byMedia: Map<string, Set<Article>>, a: Article): void {
  for (const f of a.media ?? []) {
    const users = byMedia.get(f);
    users?.delete(a);
    if (users?.size === 0) byMedia.delete(f);
  }
}

/** Two versions of a story that sit in the same places of every list. */
export function sameFiling(a: Article, b: Article): boolean {
  const same = (x?: string[], y?: string[]) => (x ?? []).join('\u0000') === (y ?? []).join('\u0000');
  return (
    a.id === b.id &&
    a.locale === b.locale &&
    a.section === b.section &&
    a.status === b.status &&
    a.published === b.published &&
    a.translationOf === b.translationOf &&
    same(a.tags, b.tags) &&
    same(a.seeAlso, b.seeAlso)
  );
}

/** Puts `after` where `before` stands in every list (the two have the same filing). */
export function swapInPlace(ix: Indexes, before: Article, after: Article): void {
  ix.byId.set(after.id, after);
  // Its pictures may have changed (they are not part of the filing).
  removeMedia(ix.byMedia, before);
  addMedia(ix.byMedia, after);
  const keys = [...keysOf(after), 'drafts' as const].map(listKey);
  for (const map of [ix.published, ix.everything])
    for (const key of keys) {
      const list = map.get(key);
      const i = list ? list.indexOf(before) : -1;
      if (i >= 0) list![i] = after;
    }
}
