// The process-wide content source. It lives on globalThis because Next bundles route
// handlers and pages separately; a module-level variable would load the store twice.
// Nothing outside lib/content knows which source runs.
import { FilesSource } from './files/source';
import { FileStore } from './files/store';
import { contentDir } from './files/read';
import type { ContentSource } from './source';

const KEY = Symbol.for('sahifa.contentSource');
type Holder = { [KEY]?: { config: string; source: ContentSource & { dispose?(): void; warm?(): unknown } } };

export function getContentSource(): ContentSource {
  const g = globalThis as Holder;
  const config = contentDir();
  if (g[KEY]?.config !== config) {
    g[KEY]?.source.dispose?.();
    const store = new FileStore(config).load();
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
