// The search index of one content store, kept in line with it.
//
// Per locale there are two shards: `visible` holds exactly what readers may see (status
// published, time come) and is the only one reader queries touch; `hidden` holds drafts
// and scheduled stories and is built only when an editor searches in preview.
//
// Following the store: a query first checks (at most every `recheckMs`) whether the store
// changed, and if so applies the difference (add / replace / discard of the changed
// articles). A scheduled story is moved into `visible` at the first query after its time,
// without waiting for the re-check. A change too big for that (the whole store reloaded)
// is rebuilt in the background while the old index keeps answering. Whatever the index
// holds, every hit is checked against the store and the reader's visibility before it counts
// (see run), so a draft or a story not yet due never reaches a reader, even from an
// index that has not caught up yet.
import type { FileStore } from '@/lib/content/files/store';
import type { SearchPage } from '@/lib/content/source';
import { isVisible, type Article, type Visibility } from '@/lib/content/types';
import { MAX_QUERY_LENGTH, TIERS, buildQuery, parseWords, type Mode, type QueryWord } from './query';
import type { BodyLimits } from './fields';
import { TopK, rank, type Ranked } from './rank';
import { Shard, changeCount, type Changes } from './shard';

export type SearchLocale = 'ar' | 'en';
export type SearchOptions = { locale: SearchLocale; page?: number; pageSize?: number; vis: Visibility };
export type { SearchPage } from '@/lib/content/source';

export type IndexOptions = {
  /** How often a query checks the store for changes. Default 2000 ms. */
  recheckMs?: number;
  /** Body characters indexed per article (DEFAULT_MAX_BODY_CHARS). */
  maxBodyChars?: number;
  /** Body characters searched first, the lead (see fields.ts; DEFAULT_LEAD_CHARS). */
  leadChars?: number;
  /** More changes than this at once are rebuilt in the background. Default 2000. */
  rebuildAbove?: number;
  /** The clock deciding when a scheduled story becomes visible; tests move it. */
  clock?: () => number;
};

export const DEFAULT_PAGE_SIZE = 10;
/** About the first paragraph or two; see the benchmark for what a longer lead costs. */
export const DEFAULT_LEAD_CHARS = 800;
export const DEFAULT_MAX_BODY_CHARS = 20_000;
export const MAX_PAGE_SIZE = 50;

type LocaleIndex = {
  visible: Shard;
  hidden?: Shard;
  /** The store's state when last compared (its generation). */
  stamp: number | undefined;
  checkedAt: number;
  /** Earliest publication time of a scheduled story, Infinity when there is none. */
  nextDue: number;
  rebuilding?: Promise<void>;
};

type Found = { total: number; top: Ranked<Article>[] };

export class SearchIndex {
  readonly store: FileStore;
  private readonly recheckMs: number;
  private readonly limits: BodyLimits;
  private readonly rebuildAbove: number;
  private readonly clock: () => number;
  private readonly locales = new Map<SearchLocale, LocaleIndex>();

  constructor(store: FileStore, options: IndexOptions = {}) {
    this.store = store;
    this.recheckMs = options.recheckMs ?? 2000;
    this.limits = { lead: options.leadChars ?? DEFAULT_LEAD_CHARS, max: options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS };
    this.rebuildAbove = options.rebuildAbove ?? 2000;
    this.clock = options.clock ?? Date.now;
  }

  /** Builds the readers' index of both locales now, so the first search does not wait. */
  warm(): this {
    this.sync('ar', false);
    this.sync('en', false);
    return this;
  }

  /** Resolves when no background rebuild is running. */
  async settled(): Promise<void> {
    for (const li of this.locales.values()) await li.rebuilding;
  }

  /** Number of articles each shard holds (for tests and the benchmark). */
  sizes(locale: SearchLocale): { visible: number; hidden: number } {
    const li = this.locales.get(locale);
    return { visible: li?.visible.size ?? 0, hidden: li?.hidden?.size ?? 0 };
  }

  search(query: string, options: SearchOptions): SearchPage {
    const pageSize = clampInt(options.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    const page = clampInt(options.page, 1, 1, Number.MAX_SAFE_INTEGER);
    const none: SearchPage = { items: [], total: 0, page, pages: 1, terms: [] };
    if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return none;
    const words = parseWords(query);
    if (!words.length) return none;
    const terms = words.map((w) => w.word);

    const { locale, vis } = options;
    const li = this.sync(locale, vis.preview);
    const shards = vis.preview && li.hidden ? [li.visible, li.hidden] : [li.visible];
    let found: Found = { total: 0, top: [] };
    for (const tier of TIERS) if (tier.when(found.total, words)) found = this.run(li, shards, words, tier.mode, options, page * pageSize);

    const items = found.top.slice((page - 1) * pageSize).map((h) => h.item);
    return { items, total: found.total, page, pages: Math.max(1, Math.ceil(found.total / pageSize)), terms };
  }

  /** Runs one query tree: how many visible stories match, and the best `k` of them. */
  private run(li: LocaleIndex, shards: Shard[], words: QueryWord[], mode: Mode, { locale, vis }: SearchOptions, k: number): Found {
    const query = buildQuery(words, mode);
    const now = vis.now;
    const top = new TopK<Article>(k);
    let total = 0;
    // When the store has not changed since the index followed it, the shards hold the
    // store's own article objects, and a reader's hit needs only its time checked.
    // Otherwise (a change not picked up yet) the store has the final say on each hit:
    // current version, visible to this reader, this locale.
    const current = this.store.generation === li.stamp;
    const seen = shards.length > 1 ? new Set<string>() : undefined;
    for (const shard of shards) {
      for (const r of shard.mini.search(query)) {
        const id = r.id as string;
        if (seen) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        let article: Article | undefined;
        if (current) {
          article = shard.docs.get(id);
          if (article && !isVisible(article, vis)) continue;
        } else {
          article = this.store.article(id, vis);
          if (article && article.locale !== locale) continue;
        }
        if (!article) continue;
        total++;
        top.offer(article, rank(r.score, article.published, now), article.published, id);
      }
    }
    return { total, top: top.result() };
  }

  // ---- following the store ---------------------------------------------------------------

  private sync(locale: SearchLocale, preview: boolean): LocaleIndex {
    const now = this.clock();
    let li = this.locales.get(locale);
    if (!li) {
      li = { visible: new Shard(this.limits), stamp: undefined, checkedAt: -Infinity, nextDue: Infinity };
      this.locales.set(locale, li);
    }
    const needHidden = preview && !li.hidden;
    if (!needHidden && now < li.nextDue && now - li.checkedAt < this.recheckMs) return li;
    li.checkedAt = now;

    const stamp = this.store.generation;
    if (!needHidden && now < li.nextDue && stamp === li.stamp) return li;
    li.stamp = stamp; // what the shards hold once updated below (update() may undo it)

    const everything = this.store.all({ locale }, { preview: true, now });
    const readers = { preview: false, now };
    li.nextDue = nextDue(everything, now);
    this.update(li, 'visible', this.store.all({ locale }, readers));
    if (li.hidden || preview) {
      li.hidden ??= new Shard(this.limits);
      this.update(li, 'hidden', everything.filter((a) => !isVisible(a, readers)));
    }
    return li;
  }

  private update(li: LocaleIndex, which: 'visible' | 'hidden', wanted: readonly Article[]): void {
    const shard = li[which] ?? new Shard(this.limits);
    const changes: Changes = shard.diff(wanted);
    const count = changeCount(changes);
    if (!count) return;
    // An empty shard (the first build) is filled at once: there is nothing to serve meanwhile.
    if (count <= this.rebuildAbove || shard.size === 0) return shard.apply(changes);
    // Until the rebuild is in, the shard is behind the store: forget the stamp, so that
    // every hit is checked against the store (see run) and the next check compares again.
    li.stamp = undefined;
    if (li.rebuilding) return; // the running rebuild is followed by a fresh comparison
    li.rebuilding = new Shard(this.limits)
      .fillAsync(wanted)
      .then((fresh) => {
        li[which] = fresh;
      })
      .catch((e: unknown) => console.error('[search] rebuilding the index failed:', e))
      .finally(() => {
        li.rebuilding = undefined;
        li.stamp = undefined; // catch up with what changed during the rebuild
        li.checkedAt = -Infinity;
      });
  }
}

/** Earliest time a published story of `list` (newest first) is due after `now`. */
function nextDue(list: readonly Article[], now: number): number {
  let due = Infinity;
  for (const a of list) {
    if (a.published <= now) break; // newest first: the rest are past
    if (a.status === 'published') due = Math.min(due, a.published);
  }
  return due;
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}
