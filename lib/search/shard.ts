// One MiniSearch index over a set of articles, with the exact articles it holds, so it
// can be brought in line with a new list by adding, replacing and discarding only what
// changed. MiniSearch stores no fields: a hit is an id, turned back into an article
// through `docs` or the store (see run() in search-index.ts).
import MiniSearch from 'minisearch';
import type { Article } from '@/lib/content/types';
import { BOOST, FIELDS, fieldText, type BodyLimits } from './fields';
import { termForms, tokenize } from './tokenize';

export type Changes = { add: Article[]; replace: Article[]; remove: string[] };

export class Shard {
  readonly mini: MiniSearch<Article>;
  /** What the index holds, by id: the article objects as they were indexed. */
  readonly docs = new Map<string, Article>();

  constructor(limits: BodyLimits) {
    this.mini = new MiniSearch<Article>({
      idField: 'id',
      fields: [...FIELDS],
      storeFields: [],
      extractField: (a, field) => (field === 'id' ? a.id : fieldText(a, field, limits)),
      tokenize,
      processTerm: termForms,
      // Queries arrive as trees of terms already processed (see query.ts).
      searchOptions: { tokenize: (term) => [term], processTerm: (term) => term, boost: BOOST },
    });
  }

  get size(): number {
    return this.docs.size;
  }

  /** Indexes `articles` in chunks, letting the server answer requests in between. */
  async fillAsync(articles: readonly Article[]): Promise<this> {
    await this.mini.addAllAsync(articles, { chunkSize: 200 });
    for (const a of articles) this.docs.set(a.id, a);
    return this;
  }

  /** What differs between the index and `wanted`. Articles are compared by identity: the store replaces an article's object when its file changes. */
  diff(wanted: readonly Article[]): Changes {
    const changes: Changes = { add: [], replace: [], remove: [] };
    const ids = new Set<string>();
    for (const a of wanted) {
      ids.add(a.id);
      const held = this.docs.get(a.id);
      if (!held) changes.add.push(a);
      else if (held !== a) changes.replace.push(a);
    }
    if (this.docs.size + changes.add.length !== ids.size) {
      for (const id of this.docs.keys()) if (!ids.has(id)) changes.remove.push(id);
    }
    return changes;
  }

  apply(changes: Changes): void {
    for (const id of changes.remove) {
      this.mini.discard(id);
      this.docs.delete(id);
    }
    for (const a of changes.replace) {
      this.mini.replace(a);
      this.docs.set(a.id, a);
    }
    for (const a of changes.add) {
      this.mini.add(a);
      this.docs.set(a.id, a);
    }
  }
}

export const changeCount = (c: Changes) => c.add.length + c.replace.length + c.remove.length;
