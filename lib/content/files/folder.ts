// The store's files as they are on disk: the sections and one entry per article file,
// read once, then followed file by file as the watcher reports changes. This file only
// reads and remembers; indexes.ts builds the lists, store.ts answers questions.
//
// A story file that becomes invalid is left out at once, as it would be at a start: what
// an instance serves depends on the files as they are now, never on what it happened to
// read before. The one exception is sections.json, without which no page can be filed:
// a broken one keeps the last valid sections (reported loudly), and a start refuses to
// serve without any (lib/content/instance.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Section } from '../schema';
import type { Article, Problem } from '../types';
import { BodyLog, type BodyRef } from './body-log';
import { ARTICLES_DIR, SECTIONS_FILE, comparePaths, listArticleFiles, readArticle, readSections } from './read';

export type Entry = {
  /** The story, when the file is valid. */
  article?: Article;
  /** Where its body is in the body log. */
  body?: BodyRef;
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
  /** sections.json is broken now, and the sections read before it broke are served. */
  sectionsStale = false;
  readonly entries = new Map<string, Entry>();
  readonly bodies: BodyLog;
  private watcher?: { close(): void };
  private sectionsStamp = '';

  constructor(
    readonly root: string,
    private readonly changed: (change: Change) => void,
    bodies = new BodyLog(),
  ) {
    this.bodies = bodies;
  }

  /** Reads everything. */
  load(): void {
    this.readSectionsFile();
    for (const file of [...this.entries.keys()]) this.forget(file);
    for (const file of listArticleFiles(this.root)) this.readFile(file);
    this.changed({});
  }

  /** Re-reads sections.json alone; the stories stay as they are. */
  reloadSections(): void {
    this.readSectionsFile();
    this.changed({});
  }

  private readSectionsFile(): void {
    const { sections, problems } = readSections(this.root);
    this.sectionsStale = problems.length > 0 && sections.length === 0 && this.sections.length > 0;
    if (!this.sectionsStale) this.sections = sections;
    this.sectionProblems = this.sectionsStale
      ? problems.map((p) => ({ ...p, reason: `${p.reason} (the last valid sections are served until it is fixed)` }))
      : problems;
    if (this.sectionsStale) console.error(`[content] ${SECTIONS_FILE} is invalid; serving the last valid sections: ${problems.map((p) => `${p.field || 'file'} ${p.reason}`).join('; ')}`);
  }

  /** Re-reads one article file (given relative to the store): added, edited or removed. */
  refreshFile(file: string): void {
    const before = this.entries.get(file)?.article;
    if (this.stamp(file) === 'gone') this.forget(file);
    else this.readFile(file);
    this.changed({ file, before, after: this.entries.get(file)?.article });
  }

  /** Brings the list of files in line with the disk (after a folder was added or removed). */
  rescan(): void {
    const onDisk = new Set(listArticleFiles(this.root));
    for (const file of [...this.entries.keys()]) if (!onDisk.has(file)) this.forget(file);
    for (const file of onDisk) {
      const known = this.entries.get(file);
      if (!known || known.version !== this.stamp(file)) this.readFile(file);
    }
    this.changed({});
  }

  private forget(file: string): void {
    const body = this.entries.get(file)?.body;
    if (body) this.bodies.release(body);
    this.entries.delete(file);
  }

  version(file: string): string | undefined {
    return this.entries.get(file)?.version;
  }

  /** The file's size and time as it is now (not following a link), or 'gone'. */
  private stamp(file: string): string {
    try {
      const st = fs.lstatSync(path.join(this.root, file));
      return `${st.mtimeMs.toFixed(0)}-${st.size}`;
    } catch {
      return 'gone';
    }
  }

  private readFile(file: string): void {
    const version = this.stamp(file);
    const parsed = readArticle(this.root, file);
    this.forget(file);
    if (!parsed.ok) return void this.entries.set(file, { problems: parsed.problems, version });
    const body = this.bodies.append(parsed.bytes!);
    this.entries.set(file, { article: this.bodyAside(parsed.article, body), body, problems: [], version });
  }

  /**
   * The story without its body in the heap: `article.body` reads it back from the body
   * log on demand. Pages and lists mostly need everything but the body.
   */
  private bodyAside(article: Article, ref: BodyRef): Article {
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
      if (files.includes(SECTIONS_FILE)) this.reloadSections();
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
      if (before !== this.sectionsStamp) this.reloadSections();
      this.rescan();
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
