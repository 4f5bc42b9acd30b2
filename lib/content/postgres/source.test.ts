// The shared content-source suite against PostgreSQL: a throwaway cluster, a database
// synced from the same kind of temporary store the files source is tested on. Without
// PostgreSQL the tests fail (say SKIP_POSTGRES=1 to skip them on purpose).
import { afterAll, beforeAll, describe } from 'vitest';
import { startPostgres, type PgTestServer } from '@/scripts/pg-test-server';
import { FileStore } from '../files/store';
import { contentSourceContract } from '../source.contract';
import { PostgresSource } from './source';
import { syncStore } from './sync';

let server: PgTestServer | undefined;
let databases = 0;

/** A fresh database on the test cluster. */
export async function freshDatabase(): Promise<string> {
  server ??= await startPostgres();
  const name = `contract_${process.pid}_${++databases}`;
  const admin = new PostgresSource(server.url);
  await admin.pool.query(`CREATE DATABASE ${name}`);
  await admin.pool.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

describe.skipIf(process.env.SKIP_POSTGRES === '1')('PostgresSource', () => {
  beforeAll(async () => {
    server ??= await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  contentSourceContract('postgres', {
    async open(dir) {
      const url = await freshDatabase();
      const store = new FileStore(dir).load();
      const source = new PostgresSource(url);
      await syncStore(source.pool, store);
      return {
        source,
        // What content:sync --watch does when a file changes: re-read it, sync the difference.
        refresh: async (file) => {
          store.refreshFile(file);
          await syncStore(source.pool, store);
        },
        close: async () => {
          store.dispose();
          await source.dispose();
        },
      };
    },
  });
});
