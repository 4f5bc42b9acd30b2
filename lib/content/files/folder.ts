// The store's files as they are on disk: the sections and one entry per article file,
// read once, then followed file by file as the watcher reports changes. This file only
// reads and remembers; indexes.ts builds the lists, store.ts answers questions.
import fs from 'node:fs';
import path from 'node:path';
import type { Section } from '../schema';
import type { Article, Problem } from '../types';
import { BodyLog } from './body-log';
import { ARTICLES_DIR, SECTIONS_FILE, comparePaths, listArticleFiles, readArticle, readSections } from './read';

export type Entry = {
  /** The last valid version of the file; kept when a later edit breaks it. */
  article?: Article;
  /** What is wrong with the file as it is on disk now. */
  problems: Problem[];
  /** Changes whenever the file does: lets an open preview notice an edit. */
  version: string;
};

/** What changed: one file (its story before and after), or everything. */
export type Change = { file: string; before?: Article; after?: Article } | { file?: undefined };

export class StoreFolder {
  sections: Section[] = [];
  sectionProblems: Problem[] = [];
  readonly entries = new Map<string, Entry>();
  private bodies = new BodyLog();
  private watcher?: { close(): void };
  private sectionsStamp = '';

  constructor(
    readonly root: string,
    private readonly changed: (change: Change) => void,
  ) {}

  /** Reads everything again. */
  load(): void {
    const { sections, problems } = readSections(this.root);
    this.sections = sections;
    this.sectionProblems = problems;
    this.entries.clear();
    for (const file of listArticleFiles(this.root)) this.readFile(file, false);
    this.changed({});
  }

  /** Re-reads one article file (given relative to the store): added, edited or removed. */
  refreshFile(file: string): void {
    const before = this.entries.get(file)?.article;
    if (!fs.existsSync(path.join(this.root, file))) this.entries.delete(file);
    else this.readFile(file, true);
    this.changed({ file, before, after: this.entries.get(file)?.article });
  }

  /** Brings the list of files in line with the disk (after a folder was added or removed). */
  rescan(): void {
    const onDisk = new Set(listArticleFiles(this.root));
    for (const file of [...this.entries.keys()]) if (!onDisk.has(file)) this.entries.delete(file);
    for (const file of onDisk) {
      const known = this.entries.get(file);
      if (!known || known.version !== this.stamp(file)) this.readFile(file, true);
    }
    this.changed({});
  }

  version(file: string): string | undefined {
    return this.entries.get(file)?.version;
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

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Stops watching and frees the body log (nothing can be read afterwards). */
  dispose(): void {
    this.close();
    this.bodies.close();
  }
}

export { comparePaths };
