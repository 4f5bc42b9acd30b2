// For the end-to-end tests on PostgreSQL (E2E_BACKEND=postgres, see e2e-server.ts): a
// throwaway cluster, the store in CONTENT_DIR synced into it, then `content:sync --watch`
// following the store while the tests edit it. Prints `DATABASE_URL=…` once ready; SIGTERM
// stops the sync and removes the cluster.
import { spawn } from 'node:child_process';
import { startPostgres } from './pg-test-server';

async function main() {
  const db = await startPostgres();
  const sync = spawn('node_modules/.bin/tsx', ['scripts/content-sync.ts', '--watch'], { env: { ...process.env, DATABASE_URL: db.url }, stdio: ['ignore', 'pipe', 'inherit'] });
  let announced = false;
  sync.stdout!.on('data', (d: Buffer) => {
    process.stderr.write(d);
    // The first pass is in the database: the app may start.
    if (!announced && /added/.test(String(d))) {
      announced = true;
      console.log(`DATABASE_URL=${db.url}`);
    }
  });
  const stop = async () => {
    sync.kill('SIGTERM');
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  sync.on('exit', (code) => {
    if (!announced) {
      console.error(`content:sync exited (${code}) before the first pass`);
      void db.stop().finally(() => process.exit(1));
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
