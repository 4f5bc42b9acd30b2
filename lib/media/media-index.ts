// Which stories use which file under /media/, so that a file is served to readers only
// once a story that uses it is visible: an unpublished story's pictures are as secret as
// its text. A file no story uses is served to nobody (an editor may upload the picture
// before the story). Each story's files are read when its file is parsed (Article.media);
// the index follows the store's generation and updates only the stories that changed
// (a story is a new object when its file changes), so an edit costs one pass over the
// list, not a re-read of every body.
import type { ContentStore } from '@/lib/content/store';
import type { Article } from '@/lib/content/types';
import { locales } from '@/i18n/locales';

export class MediaIndex {
  private generation = -1;
  /** file → the stories that use it */
  private users = new Map<string, Set<Article>>();
  /** id → the version of the story indexed */
  private stories = new Map<string, Article>();

  constructor(readonly store: ContentStore) {}

  /** Every story (visible or not) that uses `file`. */
  usersOf(file: string): ReadonlySet<Article> {
    this.sync();
    return this.users.get(file) ?? new Set();
  }

  /** True when a story that uses `file` is visible to readers at `now`. */
  isPublic(file: string, now = Date.now()): boolean {
    for (const a of this.usersOf(file)) if (this.store.article(a.id, { preview: false, now }) === a) return true;
    return false;
  }

  private sync(): void {
    if (this.generation === this.store.generation) return;
    this.generation = this.store.generation;
    let count = 0;
    for (const locale of locales)
      for (const a of this.store.all(locale, { preview: true })) {
        count++;
        const before = this.stories.get(a.id);
        if (before === a) continue;
        if (before) this.unlink(before);
        this.stories.set(a.id, a);
        for (const f of a.media ?? []) {
          const set = this.users.get(f);
          if (set) set.add(a);
          else this.users.set(f, new Set([a]));
        }
      }
    // More indexed than listed: some stories are gone (deleted, renamed, left out).
    if (count !== this.stories.size) {
      const listed = new Set(locales.flatMap((l) => this.store.all(l, { preview: true }).map((a) => a.id)));
      for (const [id, a] of this.stories)
        if (!listed.has(id)) {
          this.unlink(a);
          this.stories.delete(id);
        }
    }
  }

  private unlink(a: Article): void {
    for (const f of a.media ?? []) {
      const set = this.users.get(f);
      set?.delete(a);
      if (set?.size === 0) this.users.delete(f);
    }
  }
}

const KEY = Symbol.for('sahifa.mediaIndex');
type Holder = { [KEY]?: MediaIndex };

/** The process-wide index of the process-wide store (made again when the store is). */
export function mediaIndexFor(store: ContentStore): MediaIndex {
  const g = globalThis as Holder;
  if (g[KEY]?.store !== store) g[KEY] = new MediaIndex(store);
  return g[KEY]!;
}
