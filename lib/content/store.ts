// The in-memory index of the store. It is built once from disk, then kept up to date
// file by file as the watcher reports changes, so a running server serves edits without
// a rebuild. Queries never touch the disk.
import fs from 'node:fs';
import path from 'node:path';
import { BodyLog } from './body-log';
import { ARTICLES_DIR, SECTIONS_FILE, comparePaths, contentDir, listArticleFiles, readArticle, readSections } from './loader';
import type { Section } from './schema';
import type { Article, Problem, View } from './types';

type Entry = {
  /** The last valid version of the file; kept when a later edit breaks it. */
  article?: Article;
  /** What is wrong with the file as it is on disk now. */
  problems: Problem[];
  /** Changes whenever the file does: lets an open preview notice an edit. */
  version: string;
};

type Page = { items: Article[]; total: number; page: number; pages: number };

const byNewest = (a: Article, b: Article) => b.published - a.published || comparePaths(a.file, b.file);

export class ContentStore {
  readonly root: string;
  private sectionList: Section[] = [];
  private sectionProblems: Problem[] = [];
  private entries = new Map<string, Entry>();
  private dirty = true;
  private gen = 0;
  private logged = new Set<string>();
  private bodies = new BodyLog();
  private watcher?: { close(): void };

  // Derived indexes, rebuilt when `dirty`. Every list is newest first.
  private byId = new Map<string, Article>();
  private translations = new Map<string, string[]>();
  /** status "published" (future ones first, then the visible ones); key l:ar, s:ar:news, t:ar:tag */
  private published = new Map<string, Article[]>();
  /** every accepted article, drafts too: what preview sees. */
  private everything = new Map<string, Article[]>();
  private crossProblems: Problem[] = [];

  constructor(root: string = contentDir()) {
    this.root = root;
  }

  // ---- loading and updates -------------------------------------------------------------

  load(): this {
    const { sections, problems } = readSections(this.root);
    this.sectionList = sections;
    this.sectionProblems = problems;
    this.entries.clear();
    for (const file of listArticleFiles(this.root)) this.readFile(file, false);
    this.changed();
    this.index();
    return this;
  }

  /** Re-reads one article file (given relative to the store): added, edited or removed. */
  refreshFile(file: string): void {
    const abs = path.join(this.root, file);
    const before = this.entries.get(file)?.article;
    if (!fs.existsSync(abs)) this.entries.delete(file);
    else this.readFile(file, true);
    const after = this.entries.get(file)?.article;
    // The usual edit (words, not where the story is filed) swaps the story in place; anything
    // else rebuilds the index, which takes about a second at 100,000 stories.
    if (!this.dirty && before && after && before !== after && this.byId.get(before.id) === before && sameFiling(before, after)) this.swap(before, after);
    else this.dirty = true;
    this.gen++;
  }

  private swap(before: Article, after: Article): void {
    this.byId.set(after.id, after);
    const keys = [`l:${after.locale}`, `s:${after.locale}:${after.section}`, ...(after.tags ?? []).map((t) => `t:${after.locale}:${t}`)];
    for (const map of [this.published, this.everything])
      for (const key of [...keys, 'drafts']) {
        const list = map.get(key);
        const i = list ? list.indexOf(before) : -1;
        if (i >= 0) list![i] = after;
      }
  }

  /** Brings the list of files in line with the disk (after a folder was added or removed). */
  rescan(): void {
    const onDisk = new Set(listArticleFiles(this.root));
    for (const file of [...this.entries.keys()]) if (!onDisk.has(file)) this.entries.delete(file);
    for (const file of onDisk) {
      const known = this.entries.get(file);
      if (!known || known.version !== this.stamp(file)) this.readFile(file, true);
    }
    this.changed();
  }

  private stamp(file: string): string {
    try {
      const st = fs.statSync(path.join(this.root, file));
      return `${st.mtimeMs.toFixed(0)}-${st.size}`;
    } catch {
      return 'gone';
    }
  }

  private readFile(file: string, keepLastValid: boolean): void {
    const version = this.stamp(file);
    const parsed = readArticle(this.root, file);
    const previous = this.entries.get(file);
    if (parsed.ok) this.entries.set(file, { article: this.keepBodyAside(parsed.article, parsed.bytes!), problems: [], version });
    else this.entries.set(file, { article: keepLastValid ? previous?.article : undefined, problems: parsed.problems, version });
  }

  /**
   * Moves the body out of the heap into the body log; `article.body` reads it back on
   * demand. Pages and lists mostly need everything but the body.
   */
  private keepBodyAside(article: Article, bytes: Buffer): Article {
    const ref = this.bodies.append(bytes);
    const log = this.bodies;
    const { body: _body, ...rest } = article;
    void _body;
    return Object.defineProperty(rest, 'body', { get: () => log.body(ref), enumerable: true }) as Article;
  }

  /** Follows the store on disk. Falls back to a periodic rescan where watching fails. */
  watch(): void {
    if (this.watcher) return;
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      const files = [...pending];
      pending.clear();
      if (files.includes(SECTIONS_FILE)) return void this.load();
      if (files.some((f) => !f.endsWith('.json'))) this.rescan();
      for (const f of files) if (f.startsWith(`${ARTICLES_DIR}/`) && f.endsWith('.json')) this.refreshFile(f);
    };
    try {
      const w = fs.watch(this.root, { recursive: true }, (_event, name) => {
        if (!name) return;
        pending.add(String(name).split(path.sep).join('/'));
        timer ??= setTimeout(flush, 50);
      });
      w.unref();
      w.on('error', () => this.poll());
      this.watcher = w;
    } catch {
      this.poll();
    }
  }

  private poll(): void {
    this.watcher?.close();
    const t = setInterval(() => {
      const before = this.sectionsStamp;
      this.sectionsStamp = this.stamp(SECTIONS_FILE);
      if (before !== this.sectionsStamp) this.load();
      else this.rescan();
    }, 10_000);
    t.unref();
    this.watcher = { close: () => clearInterval(t) };
  }
  private sectionsStamp = '';

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Stops watching and frees the body log (the store cannot answer afterwards). */
  dispose(): void {
    this.close();
    this.bodies.close();
  }

  /** Goes up by one whenever the store's content changes (the search index follows it). */
  get generation(): number {
    return this.gen;
  }

  private changed(): void {
    this.dirty = true;
    this.gen++;
  }

  // ---- indexing ------------------------------------------------------------------------

  private index(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const sectionIds = new Set(this.sectionList.map((s) => s.id));
    const cross: Problem[] = [];
    const byId = new Map<string, Article>();
    for (const [file, entry] of [...this.entries].sort((a, b) => comparePaths(a[0], b[0]))) {
      const a = entry.article;
      if (!a) continue;
      if (!sectionIds.has(a.section)) {
        cross.push({ file, field: 'section', reason: `names the unknown section "${a.section}"`, level: 'error' });
        continue;
      }
      const first = byId.get(a.id);
      if (first) {
        cross.push({ file, field: 'id', reason: `repeats the id "${a.id}" of ${first.file}`, level: 'error' });
        continue;
      }
      byId.set(a.id, a);
    }

    const published = new Map<string, Article[]>();
    const everything = new Map<string, Article[]>();
    const push = (map: Map<string, Article[]>, key: string, a: Article) => {
      const list = map.get(key);
      if (list) list.push(a);
      else map.set(key, [a]);
    };
    const translations = new Map<string, string[]>();
    for (const a of byId.values()) {
      const keys = [`l:${a.locale}`, `s:${a.locale}:${a.section}`, ...(a.tags ?? []).map((t) => `t:${a.locale}:${t}`)];
      for (const k of keys) {
        push(everything, k, a);
        if (a.status === 'published') push(published, k, a);
      }
      if (a.status === 'draft') push(everything, 'drafts', a);
      for (const s of a.seeAlso ?? [])
        if (!byId.has(s)) cross.push({ file: a.file, field: 'seeAlso', reason: `names "${s}", which is not in the store`, level: 'warning' });
      if (a.translationOf) {
        const other = byId.get(a.translationOf);
        if (!other)
          cross.push({ file: a.file, field: 'translationOf', reason: `names "${a.translationOf}", which is not in the store`, level: 'warning' });
        else if (other.locale === a.locale)
          cross.push({ file: a.file, field: 'translationOf', reason: `names "${other.id}", which is in the same locale (${a.locale})`, level: 'warning' });
        else {
          (translations.get(a.id) ?? translations.set(a.id, []).get(a.id)!).push(other.id);
          (translations.get(other.id) ?? translations.set(other.id, []).get(other.id)!).push(a.id);
        }
      }
    }
    for (const list of published.values()) list.sort(byNewest);
    for (const list of everything.values()) list.sort(byNewest);
    this.byId = byId;
    this.published = published;
    this.everything = everything;
    this.translations = translations;
    this.crossProblems = cross;
    this.logNew();
  }

  private logNew(): void {
    for (const p of this.problems()) {
      const key = `${p.file}|${p.field}|${p.reason}`;
      if (this.logged.has(key)) continue;
      this.logged.add(key);
      if (p.level === 'error' && process.env.NODE_ENV !== 'test')
        console.error(`[content] ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.reason}`);
    }
  }

  // ---- questions -----------------------------------------------------------------------

  /** Every problem in the store, as content:check prints them. */
  problems(): Problem[] {
    this.index();
    const perFile = [...this.entries.values()].flatMap((e) => e.problems);
    return [...this.sectionProblems, ...perFile, ...this.crossProblems].sort(
      (a, b) => comparePaths(a.file, b.file) || comparePaths(a.field, b.field),
    );
  }

  sections(): Section[] {
    return this.sectionList;
  }

  section(id: string): Section | undefined {
    return this.sectionList.find((s) => s.id === id);
  }

  static isVisible(a: Article, view: View): boolean {
    return view.preview || (a.status === 'published' && a.published <= (view.now ?? Date.now()));
  }

  /**
   * The visible part of an index list, newest first, as the list and the index of its
   * first visible story: no copy, so a question costs the same in any size of store.
   */
  private visible(key: string, view: View): { list: Article[]; start: number } {
    this.index();
    if (view.preview) return { list: this.everything.get(key) ?? [], start: 0 };
    const list = this.published.get(key) ?? [];
    const now = view.now ?? Date.now();
    // Future (scheduled) stories sort first: skip them with a binary search.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.published > now) lo = mid + 1;
      else hi = mid;
    }
    return { list, start: lo };
  }

  article(id: string, view: View): Article | undefined {
    this.index();
    const a = this.byId.get(id);
    return a && ContentStore.isVisible(a, view) ? a : undefined;
  }

  /** Version of an article's file, for live preview; undefined when the id is unknown. */
  version(id: string): string | undefined {
    this.index();
    const a = this.byId.get(id);
    return a && this.entries.get(a.file)?.version;
  }

  latest(locale: string, n: number, view: View, exclude: ReadonlySet<string> = new Set()): Article[] {
    return take(this.visible(`l:${locale}`, view), n, exclude);
  }

  sectionLatest(locale: string, section: string, n: number, view: View, exclude: ReadonlySet<string> = new Set()): Article[] {
    return take(this.visible(`s:${locale}:${section}`, view), n, exclude);
  }

  sectionPage(locale: string, section: string, page: number, size: number, view: View): Page {
    const { list, start } = this.visible(`s:${locale}:${section}`, view);
    const total = list.length - start;
    const pages = Math.max(1, Math.ceil(total / size));
    const from = start + (page - 1) * size;
    return { items: list.slice(from, Math.min(from + size, list.length)), total, page, pages };
  }

  /** Every visible article of a locale (or both), newest first: feeds, sitemaps, search. */
  all(locale: string | undefined, view: View): Article[] {
    const part = (key: string) => {
      const { list, start } = this.visible(key, view);
      return start === 0 ? list : list.slice(start);
    };
    if (locale) return part(`l:${locale}`);
    return [...part('l:ar'), ...part('l:en')].sort(byNewest);
  }

  /** The editor's picks that exist and are visible, in the editor's order. */
  picks(a: Article, view: View): Article[] {
    return (a.seeAlso ?? []).flatMap((id) => {
      const p = id !== a.id ? this.article(id, view) : undefined;
      return p ? [p] : [];
    });
  }

  /** The same story in another locale, when there is one and it is visible. */
  translation(a: Article, view: View): Article | undefined {
    this.index();
    for (const id of this.translations.get(a.id) ?? []) {
      const t = this.article(id, view);
      if (t && t.locale !== a.locale) return t;
    }
    return undefined;
  }

  /**
   * Related stories: shared tags weigh most, then the same section, then recency.
   * Only the newest few of each candidate list are scored, so the cost does not grow
   * with the store. Never the story itself nor one of the editor's picks.
   */
  related(a: Article, n: number, view: View): Article[] {
    const exclude = new Set([a.id, ...(a.seeAlso ?? [])]);
    const scores = new Map<string, { article: Article; score: number }>();
    const add = ({ list, start }: { list: Article[]; start: number }, weight: number) => {
      for (const c of list.slice(start, start + 40)) {
        if (exclude.has(c.id)) continue;
        const s = scores.get(c.id) ?? scores.set(c.id, { article: c, score: 0 }).get(c.id)!;
        s.score += weight;
      }
    };
    for (const t of a.tags ?? []) add(this.visible(`t:${a.locale}:${t}`, view), 3);
    add(this.visible(`s:${a.locale}:${a.section}`, view), 2);
    const day = 86_400_000;
    const ranked = [...scores.values()]
      .map((s) => ({ ...s, score: s.score + 1 / (1 + Math.abs(a.published - s.article.published) / (7 * day)) }))
      .sort((x, y) => y.score - x.score || byNewest(x.article, y.article))
      .map((s) => s.article);
    if (ranked.length < n) {
      const have = new Set([...exclude, ...ranked.map((r) => r.id)]);
      ranked.push(...this.latest(a.locale, n - ranked.length, view, have));
    }
    return ranked.slice(0, n);
  }

  /** Drafts and scheduled stories, for the editors' desk. */
  unpublished(now = Date.now()): Article[] {
    this.index();
    const scheduled = [...(this.published.get('l:ar') ?? []), ...(this.published.get('l:en') ?? [])].filter((a) => a.published > now);
    return [...(this.everything.get('drafts') ?? []), ...scheduled].sort(byNewest);
  }
}

/** Two versions of a story that sit in the same places of every index list. */
function sameFiling(a: Article, b: Article): boolean {
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

function take({ list, start }: { list: Article[]; start: number }, n: number, exclude: ReadonlySet<string>): Article[] {
  const out: Article[] = [];
  for (let i = start; i < list.length && out.length < n; i++) if (!exclude.has(list[i]!.id)) out.push(list[i]!);
  return out;
}

const KEY = Symbol.for('sahifa.contentStore');
type Holder = { [KEY]?: ContentStore };

/**
 * The process-wide store. It lives on globalThis because Next bundles route handlers
 * and pages separately; a module-level variable would load the store twice.
 */
export function getStore(): ContentStore {
  const g = globalThis as Holder;
  const root = contentDir();
  if (g[KEY]?.root !== root) {
    g[KEY]?.dispose();
    const store = new ContentStore(root).load();
    // A build reads the store once; only a running server follows it.
    if (process.env.NEXT_PHASE !== 'phase-production-build' && process.env.SAHIFA_WATCH !== 'off') store.watch();
    g[KEY] = store;
  }
  return g[KEY]!;
}
