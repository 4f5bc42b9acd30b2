// The process-wide content source. It lives on globalThis because Next bundles route
// handlers and pages separately; a module-level variable would load the store twice.
// Nothing outside lib/content knows which source runs.
import path from 'node:path';
import { FilesSource } from './files/source';
import { FileStore } from './files/store';
import { SECTIONS_FILE, contentDir } from './files/read';
import type { ContentSource } from './source';

const KEY = Symbol.for('sahifa.contentSource');
type Holder = { [KEY]?: { config: string; source: ContentSource & { dispose?(): void; warm?(): unknown } } };

export function getContentSource(): ContentSource {
  const g = globalThis as Holder;
  const config = contentDir();
  if (g[KEY]?.config !== config) {
    g[KEY]?.source.dispose?.();
    const store = new FileStore(config).load();
    // Without sections no story can be filed: every page would be a 404, and the edge would
    // cache them. Refuse to serve instead, and say why.
    if (store.sections().length === 0) {
      const why = store.problems().filter((p) => p.file === SECTIONS_FILE).map((p) => `${p.field || 'the file'} ${p.reason}`);
      store.dispose();
      throw new Error(`[content] ${SECTIONS_FILE} in ${config} is missing or invalid (${why.join('; ') || 'no sections'}): refusing to serve a site without sections`);
    }
    // A build reads the store once; only a running server follows it.
    if (process.env.NEXT_PHASE !== 'phase-production-build' && process.env.SAHIFA_WATCH !== 'off') store.watch();
    g[KEY] = { config, source: new FilesSource(store) };
  }
  return g[KEY].source;
}

/** Loads the source and warms what the first reader would otherwise wait for. */
export function warmContentSource(): void {
  const source = getContentSource() as { warm?(): unknown };
  source.warm?.();
}

/** Where stories' pictures live: the store's `media/` folder (CONTENT_DIR/media). */
export const mediaDir = (): string => path.join(contentDir(), 'media');
