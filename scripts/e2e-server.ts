// Starts the production server for the end-to-end tests on a private copy of a store:
//   npx tsx scripts/e2e-server.ts demo PORT   a copy of content/ in .e2e/demo
//   npx tsx scripts/e2e-server.ts big PORT    a generated store of 600 stories in .e2e/big
// Each gets its own copy of the build too, so the two servers' page caches stay apart.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './lib/server';

const [kind = 'demo', port = '3100'] = process.argv.slice(2);
const root = path.resolve('.e2e', kind);
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(root, { recursive: true });
const content = path.join(root, 'content');
if (kind === 'big') {
  execFileSync('npx', ['tsx', 'scripts/content-generate.ts', '--count', '600', '--out', content, '--seed', '7'], { stdio: 'inherit' });
} else {
  fs.cpSync('content', content, { recursive: true });
}
const dist = `.e2e/${kind}/next`;
fs.cpSync('.next', dist, { recursive: true });
fs.mkdirSync(path.join(root, 'data'), { recursive: true });

const env = {
  NEXT_DIST_DIR: dist,
  CONTENT_DIR: content,
  DATA_DIR: path.join(root, 'data'),
  PREVIEW_SECRET: process.env.PREVIEW_SECRET || 'e2e-preview-secret',
  SITE_URL: `http://127.0.0.1:${port}`,
};
startServer(env, Number(port), 180_000, 'inherit').then(
  (server) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void server.stop(sig).then(() => process.exit(0)));
    server.child.on('exit', (code) => process.exit(code ?? 0));
  },
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
