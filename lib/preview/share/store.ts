// The process's share-link store, chosen by the settings: Redis when VIEWS_REDIS_URL is
// set (every instance shares it), else the content database on PostgreSQL, else a file
// in DATA_DIR (one instance). On globalThis: route handlers and pages are separate bundles.
import path from 'node:path';
import pg from 'pg';
import { getViews } from '@/lib/reads/instance';
import { FileShareStore } from './file-store';
import { PostgresShareStore } from './postgres-store';
import { RedisShareStore } from './redis-store';
import type { ShareStore } from './types';

const KEY = Symbol.for('sahifa.shareStore');
type Holder = { [KEY]?: { config: string; store: ShareStore; pool?: pg.Pool } };

export function shareStore(): ShareStore {
  const g = globalThis as Holder;
  const redisUrl = process.env.VIEWS_REDIS_URL || '';
  const dbUrl = process.env.CONTENT_BACKEND === 'postgres' ? process.env.DATABASE_URL || '' : '';
  const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR || 'data');
  const config = JSON.stringify([redisUrl, process.env.VIEWS_REDIS_PREFIX ?? '', dbUrl, dataDir]);
  if (g[KEY]?.config !== config) {
    void g[KEY]?.pool?.end().catch(() => {});
    let store: ShareStore;
    let pool: pg.Pool | undefined;
    const redis = redisUrl ? getViews().redis : undefined;
    if (redis) store = new RedisShareStore(redis, process.env.VIEWS_REDIS_PREFIX || '');
    else if (dbUrl) {
      pool = new pg.Pool({ connectionString: dbUrl, max: 2, connectionTimeoutMillis: 5000 });
      pool.on('error', (e) => console.error('[share] postgres:', e.message));
      store = new PostgresShareStore(pool);
    } else store = new FileShareStore(dataDir);
    g[KEY] = { config, store, pool };
  }
  return g[KEY].store;
}
