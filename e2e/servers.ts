// More production servers for the tests that need one of their own (another secret,
// another proxy setting, a second process on the same DATA_DIR), each on a private copy
// of the build, like scripts/e2e-server.ts makes for the main ones.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, type Server } from '../scripts/lib/server';
import { DEMO_DIR } from './fixtures';

const buildId = (dist: string) => {
  try {
    return fs.readFileSync(path.join(dist, 'BUILD_ID'), 'utf8');
  } catch {
    return undefined;
  }
};

/** A copy of the current build for `name` (made again when the build changes). */
export function buildCopy(name: string): string {
  const dist = path.resolve('.e2e', name, 'next');
  if (buildId(dist) !== buildId('.next')) {
    fs.rmSync(dist, { recursive: true, force: true });
    fs.cpSync('.next', dist, { recursive: true });
  }
  return path.relative(process.cwd(), dist);
}

/** `next start` on the demo store with its own build copy and DATA_DIR, and `env`. */
export async function startApp(name: string, env: Record<string, string> = {}): Promise<Server> {
  const data = path.resolve('.e2e', name, 'data');
  fs.mkdirSync(data, { recursive: true });
  return startServer({ NEXT_DIST_DIR: buildCopy(name), CONTENT_DIR: DEMO_DIR, DATA_DIR: data, PREVIEW_SECRET: '', SITE_URL: '', ...env });
}

/**
 * Runs `next start` on the demo server's build copy, expecting it to stop by itself at
 * start; resolves with its exit code and output (it is stopped after `timeoutMs`).
 */
export function startExpectingExit(env: Record<string, string>, port: number, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.e2e/demo/next', CONTENT_DIR: DEMO_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
