// Share links in DATA_DIR/share-links.json: for a single instance without Redis or
// PostgreSQL. Read again whenever the file changed (route handlers and pages are separate
// bundles, each with its own module state); written whole through a temporary file and a
// rename, so a reader never sees half a file. Writes in this process go one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { isShareLink, MAX_LINKS, type ShareLink, type ShareStore } from './types';

const FILE = 'share-links.json';
const QUEUE = Symbol.for('sahifa.shareFileQueue');
type Holder = { [QUEUE]?: Promise<unknown> };

export class FileShareStore implements ShareStore {
  private cached?: { stamp: string; links: Map<string, ShareLink> };
  constructor(private readonly dir: string) {}

  private get file() {
    return path.join(this.dir, FILE);
  }

  private read(): Map<string, ShareLink> {
    let stamp = 'none';
    try {
      const st = fs.statSync(this.file);
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch {
      /* no file yet: no links */
    }
    if (this.cached?.stamp === stamp) return this.cached.links;
    const links = new Map<string, ShareLink>();
    if (stamp !== 'none') {
      try {
        const list: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
        if (Array.isArray(list)) for (const l of list) if (isShareLink(l)) links.set(l.linkId, l);
      } catch (e) {
        // A broken file ends every link (safe), and says so; the next write replaces it.
        console.error(`[share] ${this.file} is unreadable: ${(e as Error).message}`);
      }
    }
    this.cached = { stamp, links };
    return links;
  }

  /** One change at a time in this process: read, change, write. */
  private change<T>(fn: (links: Map<string, ShareLink>) => T): Promise<T> {
    const g = globalThis as Holder;
    const run = (g[QUEUE] ?? Promise.resolve()).catch(() => {}).then(() => {
      const links = new Map(this.read());
      const result = fn(links);
      fs.mkdirSync(this.dir, { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify([...links.values()]));
      fs.renameSync(tmp, this.file);
      this.cached = undefined;
      return result;
    });
    g[QUEUE] = run;
    return run;
  }

  add(link: ShareLink, now: number): Promise<'ok' | 'full'> {
    return this.change((links) => {
      for (const [k, l] of links) if (l.expires <= now) links.delete(k);
      if (links.size >= MAX_LINKS) return 'full' as const;
      links.set(link.linkId, link);
      return 'ok' as const;
    });
  }

  async has(linkId: string): Promise<boolean> {
    return this.read().has(linkId);
  }

  async list(now: number): Promise<ShareLink[]> {
    return [...this.read().values()].filter((l) => l.expires > now);
  }

  remove(linkId: string): Promise<boolean> {
    return this.change((links) => links.delete(linkId));
  }
}
