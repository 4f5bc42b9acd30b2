// Starts the production server for the end-to-end tests on a private copy of a store:
//   node scripts/e2e-server.mjs demo PORT   a copy of content/ in .e2e/demo
//   node scripts/e2e-server.mjs big PORT    a generated store of 600 stories in .e2e/big
// Each gets its own copy of the build too, so the two servers' page caches stay apart.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

// `localhost`, the name Next gives proxy.ts: under any other name (e.g. -H 127.0.0.1) each
// rewrite would be forwarded over HTTP rather than served in place, unlike in production.
const child = spawn('npx', ['next', 'start', '-p', port, '-H', 'localhost'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NEXT_DIST_DIR: dist,
    CONTENT_DIR: content,
    DATA_DIR: path.join(root, 'data'),
    PREVIEW_SECRET: process.env.PREVIEW_SECRET || 'e2e-preview-secret',
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
