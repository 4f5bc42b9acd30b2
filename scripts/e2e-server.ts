// Starts the production server for the end-to-end tests on a private copy of a store:
//   npx tsx scripts/e2e-server.ts demo PORT   a copy of content/ in .e2e/demo
//   npx tsx scripts/e2e-server.ts big PORT    a generated store of 600 stories in .e2e/big
//   npx tsx scripts/e2e-server.ts fixture PORT  a copy of e2e/store in .e2e/fixture
// The demo and fixture copies get stories timed from the start (e2e/timed.ts).
// Each gets its own copy of the build too, so the two servers' page caches stay apart.
// With E2E_BACKEND=postgres the server reads a throwaway PostgreSQL that follows the copy
// (scripts/pg-e2e.ts: content:sync --watch), not the files.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeFreshStories, writeTimedStories } from '../e2e/timed';
import { startServer } from './lib/server';

const [kind = 'demo', port = '3100'] = process.argv.slice(2);
const root = path.resolve('.e2e', kind);
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(root, { recursive: true });
const content = path.join(root, 'content');
if (kind === 'big') {
  execFileSync('npx', ['tsx', 'scripts/content-generate.ts', '--count', '600', '--out', content, '--seed', '7'], { stdio: 'inherit' });
} else if (kind === 'fixture') {
  // The small store whose lists the tests know by heart (e2e/store/README.md).
  fs.cpSync('e2e/store', content, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  writeFreshStories(content);
  writeTimedStories(content);
} else {
  fs.cpSync('content', content, { recursive: true });
  writeTimedStories(content);
}
const dist = `.e2e/${kind}/next`;
// The build alone: not the pages another server (`npm start` on `.next`) wrote at run time.
const runtimeCache = path.resolve('.next/server/route-cache');
fs.cpSync('.next', dist, { recursive: true, filter: (src) => path.resolve(src) !== runtimeCache });
fs.mkdirSync(path.join(root, 'data'), { recursive: true });

/** With E2E_BACKEND=postgres: the database that follows the store, once its first sync is in. */
async function database(): Promise<{ url: string; stop: () => void } | undefined> {
  if (process.env.E2E_BACKEND !== 'postgres') return undefined;
  const pg = spawn('node_modules/.bin/tsx', ['scripts/pg-e2e.ts'], { env: { ...process.env, CONTENT_DIR: content }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    pg.stdout.on('data', (d) => {
      out += d;
      const m = /DATABASE_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    pg.on('exit', (code) => reject(new Error(`pg-e2e exited (${code})`)));
  });
  return { url, stop: () => pg.kill('SIGTERM') };
}

async function main() {
  const db = await database();
  const env = {
    NEXT_DIST_DIR: dist,
    CONTENT_DIR: content,
    ...(db ? { CONTENT_BACKEND: 'postgres', DATABASE_URL: db.url } : {}),
    DATA_DIR: path.join(root, 'data'),
    PREVIEW_SECRET: process.env.PREVIEW_SECRET || 'e2e-preview-secret-0123456789abcdef',
    SITE_URL: `http://127.0.0.1:${port}`,
  };
  const server = await startServer(env, Number(port), 180_000, 'inherit');
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.on(sig, () => {
      db?.stop();
      void server.stop(sig).then(() => process.exit(0));
    });
  server.child.on('exit', (code) => {
    db?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
