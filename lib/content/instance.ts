// The process-wide content source, chosen by the settings:
//   CONTENT_BACKEND=files (default)   the JSON folder in CONTENT_DIR, read and followed here;
//   CONTENT_BACKEND=postgres          PostgreSQL at DATABASE_URL (no story file is read:
//                                     `npm run content:sync` puts the folder there).
// It lives on globalThis because Next bundles route handlers and pages separately; a
// module-level variable would load the store twice. Nothing outside lib/content knows
// which source runs.
import { FilesSource } from './files/source';
import { FileStore } from './files/store';
import { SECTIONS_FILE, contentDir } from './files/read';
import { PostgresSource } from './postgres/source';
import type { ContentSource } from './source';

const KEY = Symbol.for('sahifa.contentSource');
type Holder = { [KEY]?: { config: string; source: ContentSource & { dispose?(): unknown; warm?(): unknown } } };

export type Backend = { kind: 'files'; dir: string } | { kind: 'postgres'; url: string };

/** What the settings ask for; a wrong setting stops the start with a clear message. */
export function contentBackend(env: NodeJS.ProcessEnv = process.env): Backend {
  const kind = env.CONTENT_BACKEND || 'files';
  if (kind === 'files') return { kind, dir: contentDir() };
  if (kind === 'postgres') {
    if (!env.DATABASE_URL) throw new Error('CONTENT_BACKEND=postgres needs DATABASE_URL (e.g. postgres://user@127.0.0.1:5432/sahifa)');
    return { kind, url: env.DATABASE_URL };
  }
  throw new Error(`CONTENT_BACKEND must be "files" or "postgres", not "${kind}"`);
}

function create(backend: Backend): ContentSource & { dispose?(): unknown } {
  // A build asks once; only a running server follows changes.
  const building = process.env.NEXT_PHASE === 'phase-production-build';
  const follow = !building && process.env.SAHIFA_WATCH !== 'off';
  // A build's workers all connect at once: they may wait; a reader's page may not.
  if (backend.kind === 'postgres') return new PostgresSource(backend.url, { listen: follow, connectTimeoutMs: building ? 60_000 : undefined });
  const store = new FileStore(backend.dir).load();
  // Without sections no story can be filed: every page would be a 404, and the edge would
  // cache them. Refuse to serve instead, and say why.
  if (store.sections().length === 0) {
    const why = store.problems().filter((p) => p.file === SECTIONS_FILE).map((p) => `${p.field || 'the file'} ${p.reason}`);
    store.dispose();
    throw new Error(`[content] ${SECTIONS_FILE} in ${backend.dir} is missing or invalid (${why.join('; ') || 'no sections'}): refusing to serve a site without sections`);
  }
  if (follow) store.watch();
  return new FilesSource(store);
}

export function getContentSource(): ContentSource {
  const g = globalThis as Holder;
  const backend = contentBackend();
  const config = JSON.stringify(backend);
  if (g[KEY]?.config !== config) {
    void g[KEY]?.source.dispose?.();
    g[KEY] = { config, source: create(backend) };
  }
  return g[KEY].source;
}

/** Loads the source and warms what the first reader would otherwise wait for. */
export function warmContentSource(): void {
  const source = getContentSource() as { warm?(): unknown };
  source.warm?.();
}
