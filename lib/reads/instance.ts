// One view store, one rate limiter and (with Redis) one connection per process. They live
// on globalThis because Next bundles route handlers and pages separately: a module-level
// variable would give the beacon route and the pages two stores that never agree.
import Redis from 'ioredis';
import type { DataDirBusyError } from './data-lock';
import { FileViewStore } from './file-store';
import { RateLimiter } from './rate-limit';
import { fileReaderKey, redisReaderKey } from './reader-key';
import { RedisViewStore } from './redis-store';
import { viewSettings, type ViewSettings } from './settings';
import type { ViewStore } from './types';

export type Views = {
  store: ViewStore;
  /** Per reader: a reader token, or the address of a beacon without one. */
  limiter: RateLimiter;
  /** Per address, all its readers together. */
  addressLimiter: RateLimiter;
  /** The key reader tokens are signed with (reader-key.ts). */
  readerKey: () => Promise<string>;
  settings: ViewSettings;
  redis?: Redis;
  /** DATA_DIR was held by another process: counting is refused; try again after this time. */
  busy?: { error: DataDirBusyError; retryAt: number };
};

/** How often a process refused its DATA_DIR tries to take it again. */
const BUSY_RETRY_MS = 30_000;

const KEY = Symbol.for('sahifa.views');
type Holder = { [KEY]?: { config: string; views: Views } };

/** A build prerenders pages once: it may read counts but must not hold timers or connections. */
const building = () => process.env.NEXT_PHASE === 'phase-production-build';

const nothing: ViewStore = {
  record: async () => false,
  top: async () => [],
  close: async () => {},
};

/** Asked once, and again after a failure. */
function once(get: () => Promise<string>): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    if (!value) {
      value = get();
      value.catch(() => (value = undefined));
    }
    return value;
  };
}

function create(settings: ViewSettings): Views {
  const limits = {
    limiter: new RateLimiter(settings.ratePerMinute),
    addressLimiter: new RateLimiter(settings.addressRatePerMinute),
    readerKey: once(async () => fileReaderKey(settings.dataDir)),
  };
  if (settings.redisUrl) {
    if (building()) return { store: nothing, ...limits, settings };
    const redis = new Redis(settings.redisUrl, {
      // Beacons arrive in bursts: send the commands of one tick together.
      enableAutoPipelining: true,
      // A page must not hang on a slow Redis: it falls back to the newest stories.
      commandTimeout: 2000,
      maxRetriesPerRequest: 2,
    });
    redis.on('error', (e) => console.error('[views] redis:', e.message));
    const prefix = process.env.VIEWS_REDIS_PREFIX || undefined;
    const store = new RedisViewStore({ redis, windowDays: settings.windowDays, prefix });
    return { store, ...limits, readerKey: once(() => redisReaderKey(redis, prefix ?? 'sahifa:views:')), settings, redis };
  }
  try {
    const store = new FileViewStore({
      dataDir: settings.dataDir,
      windowDays: settings.windowDays,
      flushMs: settings.flushMs,
      readOnly: building(),
    });
    return { store, ...limits, settings };
  } catch (e) {
    if (!(e instanceof Error && e.name === 'DataDirBusyError')) throw e;
    // Counting here would overwrite the other process's counts: refuse (the beacon answers
    // 503, pages show the newest stories) and say why.
    const error = e as DataDirBusyError;
    console.error(`[views] ${error.message}`);
    const refuse = async (): Promise<never> => {
      throw error;
    };
    return { store: { record: refuse, top: refuse, close: async () => {} }, ...limits, readerKey: refuse, settings, busy: { error, retryAt: Date.now() + BUSY_RETRY_MS } };
  }
}

/** The process-wide views; made again when the settings change (tests switch DATA_DIR). */
export function getViews(): Views {
  const g = globalThis as Holder;
  const settings = viewSettings();
  const config = JSON.stringify([settings, process.env.VIEWS_REDIS_PREFIX ?? '', building()]);
  const busy = g[KEY]?.views.busy;
  if (g[KEY]?.config !== config || (busy && Date.now() >= busy.retryAt)) {
    const old = g[KEY];
    delete g[KEY];
    // Closed first: a file store flushes and lets go of DATA_DIR before the next takes it.
    if (old) void closeViewsOf(old.views);
    g[KEY] = { config, views: create(settings) };
  }
  return g[KEY]!.views;
}

/** Flushes and lets go of the process-wide views (tests; a clean stop). */
export async function closeViews(): Promise<void> {
  const g = globalThis as Holder;
  const old = g[KEY];
  delete g[KEY];
  if (old) await closeViewsOf(old.views);
}

async function closeViewsOf(views: Views): Promise<void> {
  await views.store.close();
  const redis = views.redis;
  // QUIT waits for a connection; one that never came up is just dropped.
  if (redis?.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis?.disconnect();
}
