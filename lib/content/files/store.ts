// Answers questions from the folder's lists, synchronously and without touching the disk
// (but for an article's body, read back from the body log). files/source.ts puts the
// ContentSource interface on top of it.
import { locales } from '@/i18n/locales';
import type { ListQuery, Page } from '../source';
import type { Section } from '../schema';
import type { Article, Problem, Visibility } from '../types';
import { isVisible } from '../types';
import { StoreFolder, comparePaths, type Change } from './folder';
import { buildIndexes, byNewest, listKey, sameFiling, swapInPlace, type Indexes, type ListKey } from './indexes';
import { SECTIONS_FILE, contentDir } from './read';

type Slice = { list: Article[]; start: number };

export class FileStore {
  readonly folder: StoreFolder;
  private ix?: Indexes;
  private gen = 0;
  private logged = new Set<string>();

  constructor(root: string = contentDir()) {
    this.folder = new StoreFolder(root, (c) => this.onChange(c));
  }

  get root(): string {
    return this.folder.root;
  }

  load(): this {
    this.folder.load();
    this.indexes();
    return this;
  }

  /** Goes up by one whenever the store's content changes (the search index follows it). */
  get generation(): number {
    return this.gen;
  }

  /** Re-reads one file of the store (a story, or sections.json), as the watcher does. */
  refreshFile(file: string): void {
    if (file === SECTIONS_FILE) this.folder.reloadSections();
    else this.folder.refreshFile(file);
  }
  watch(): void {
    this.folder.watch();
  }
  /**
   * Serves `sections` while sections.json is invalid, as if they had been read from it before
   * it broke (content:sync --watch: the database's sections, across its restarts).
   */
  keepSections(sections: Section[]): void {
    if (this.folder.sections.length > 0 || sections.length === 0) return;
    this.folder.sections = sections;
    this.folder.reloadSections();
  }
  dispose(): void {
    this.folder.dispose();
  }

  private onChange(c: Change): void {
    this.gen++;
    // The usual edit (words, not where the story is filed) swaps the story in place; anything
    // else rebuilds the lists, which takes about a second at 100,000 stories.
    const { ix } = this;
    if (ix && c.file !== undefined && c.before && c.after && c.before !== c.after && ix.byId.get(c.before.id) === c.before && sameFiling(c.before, c.after))
      swapInPlace(ix, c.before, c.after);
    else this.ix = undefined;
  }

  private indexes(): Indexes {
    if (this.ix) return this.ix;
    this.ix = buildIndexes(this.folder.entries, this.folder.sections);
    this.logNew();
    return this.ix;
  }

  private logNew(): void {
    for (const p of this.problems()) {
      const key = `${p.file}|${p.field}|${p.reason}`;
      if (this.logged.has(key)) continue;
      this.logged.add(key);
      if (p.level === 'error' && process.env.NODE_ENV !== 'test') console.error(`[content] ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.reason}`);
    }
  }

  // ---- questions -----------------------------------------------------------------------

  /** Every problem in the store, as content:check prints them. */
  problems(): Problem[] {
    const cross = this.indexes().problems;
    const perFile = [...this.folder.entries.values()].flatMap((e) => e.problems);
    return [...this.folder.sectionProblems, ...perFile, ...cross].sort((a, b) => comparePaths(a.file, b.file) || comparePaths(a.field, b.field));
  }

  sections(): Section[] {
    return this.folder.sections;
  }

  /**
   * The visible part of one list, newest first, as the list and the index of its first
   * visible story: no copy, so a question costs the same in any size of store.
   */
  private visible(key: ListKey, vis: Visibility): Slice {
    const ix = this.indexes();
    const k = listKey(key);
    if (vis.preview) return { list: ix.everything.get(k) ?? [], start: 0 };
    const list = ix.published.get(k) ?? [];
    // Future (scheduled) stories sort first: skip them with a binary search.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.published > vis.now) lo = mid + 1;
      else hi = mid;
    }
    return { list, start: lo };
  }

  /** The list a query reads: one locale's (or section's), or both locales merged. */
  private slice(q: ListQuery, vis: Visibility): Slice {
    if (q.locale) return this.visible({ locale: q.locale, section: q.section }, vis);
    const parts = locales.map((locale) => this.visible({ locale, section: q.section }, vis));
    return { list: parts.flatMap(({ list, start }) => list.slice(start)).sort(byNewest), start: 0 };
  }

  article(id: string, vis: Visibility): Article | undefined {
    const a = this.indexes().byId.get(id);
    return a && isVisible(a, vis) ? a : undefined;
  }

  /** Every story (visible or not) that shows the file /media/<file>. */
  mediaUsers(file: string): ReadonlySet<Article> {
    return this.indexes().byMedia.get(file) ?? new Set();
  }

  /** Version of a story's file, for live preview; undefined when the id is unknown. */
  version(id: string): string | undefined {
    const a = this.indexes().byId.get(id);
    return a && this.folder.version(a.file);
  }

  latest(q: ListQuery, n: number, vis: Visibility): Article[] {
    const { list, start } = this.slice(q, vis);
    const exclude = new Set(q.exclude);
    const out: Article[] = [];
    for (let i = start; i < list.length && out.length < n; i++) {
      const a = list[i]!;
      if (q.since !== undefined && a.published < q.since) break;
      if (!exclude.has(a.id)) out.push(a);
    }
    return out;
  }

  /** Every story a query matches, newest first (feeds, sitemaps, the search index). */
  all(q: ListQuery, vis: Visibility): Article[] {
    return this.latest(q, Infinity, vis);
  }

  count(q: ListQuery, vis: Visibility): number {
    if (q.since !== undefined || q.exclude?.length) return this.all(q, vis).length;
    if (q.locale) {
      const { list, start } = this.slice(q, vis);
      return list.length - start;
    }
    return locales.reduce((sum, locale) => sum + this.count({ ...q, locale }, vis), 0);
  }

  page(q: ListQuery, page: number, size: number, vis: Visibility): Page<Article> {
    const { list, start } = q.since === undefined && !q.exclude?.length ? this.slice(q, vis) : { list: this.all(q, vis), start: 0 };
    const total = list.length - start;
    const pages = Math.max(1, Math.ceil(total / size));
    const from = start + (page - 1) * size;
    return { items: list.slice(from, Math.min(from + size, list.length)), total, page, pages };
  }

  /** The visible ones of `ids`, in the order given. */
  articles(ids: readonly string[], vis: Visibility): Article[] {
    return ids.flatMap((id) => {
      const a = this.article(id, vis);
      return a ? [a] : [];
    });
  }

  /** The same story in another locale, when there is one and it is visible. */
  translation(a: { id: string; locale: string }, vis: Visibility): Article | undefined {
    for (const id of this.indexes().translations.get(a.id) ?? []) {
      const t = this.article(id, vis);
      if (t && t.locale !== a.locale) return t;
    }
    return undefined;
  }

  /**
   * Related stories: shared tags weigh most, then the same section, then recency.
   * Only the newest few of each candidate list are scored, so the cost does not grow
   * with the store. Never the story itself nor one of the editor's picks.
   */
  related(a: Omit<Article, 'body'>, n: number, vis: Visibility): Article[] {
    const exclude = new Set([a.id, ...(a.seeAlso ?? [])]);
    const scores = new Map<string, { article: Article; score: number }>();
    const add = ({ list, start }: Slice, weight: number) => {
      for (const c of list.slice(start, start + 40)) {
        if (exclude.has(c.id)) continue;
        const s = scores.get(c.id) ?? scores.set(c.id, { article: c, score: 0 }).get(c.id)!;
        s.score += weight;
      }
    };
    for (const tag of a.tags ?? []) add(this.visible({ locale: a.locale, tag }, vis), 3);
    add(this.visible({ locale: a.locale, section: a.section }, vis), 2);
    const day = 86_400_000;
    const ranked = [...scores.values()]
      .map((s) => ({ ...s, score: s.score + 1 / (1 + Math.abs(a.published - s.article.published) / (7 * day)) }))
      .sort((x, y) => y.score - x.score || byNewest(x.article, y.article))
      .map((s) => s.article);
    if (ranked.length < n) ranked.push(...this.latest({ locale: a.locale as ListQuery['locale'], exclude: [...exclude, ...ranked.map((r) => r.id)] }, n - ranked.length, vis));
    return ranked.slice(0, n);
  }

  /** Drafts and scheduled stories, for the editors' desk. */
  unpublished(now = Date.now()): Article[] {
    const ix = this.indexes();
    // Scheduled stories sort first in each list: take them until the first one that is due.
    const scheduled = locales.flatMap((locale) => {
      const list = ix.published.get(listKey({ locale })) ?? [];
      const due = list.findIndex((a) => a.published <= now);
      return list.slice(0, due === -1 ? list.length : due);
    });
    return [...(ix.everything.get('drafts') ?? []), ...scheduled].sort(byNewest);
  }
}
