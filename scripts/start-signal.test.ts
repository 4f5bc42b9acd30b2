// `npm start` is what process managers run and stop: their SIGTERM must reach the server (which
// drains, lib/http/drain.ts), not only npm's shell, which would die and leave the server running
// without ever hearing it. Checked with the project's own start script on a stand-in `next` that
// says which signal it got.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-start-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm start', () => {
  it("passes SIGTERM on to the server and ends with the server's exit code", async () => {
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0', private: true, scripts: { start: pkg.scripts.start } }));
    fs.mkdirSync(path.join(root, 'node_modules/.bin'), { recursive: true });
    const next = path.join(root, 'node_modules/.bin/next');
    fs.writeFileSync(
      next,
      `#!${process.execPath}
process.on('SIGTERM', () => { require('fs').writeFileSync('got', 'SIGTERM ' + process.argv.slice(2).join(' ')); process.exit(143); });
require('fs').writeFileSync('pid', String(process.pid));
console.log('listening');
setInterval(() => {}, 1000);
`,
    );
    fs.chmodSync(next, 0o755);
    const npm = spawn('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, PORT: '4321' }, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => npm.stdout.on('data', (d: Buffer) => String(d).includes('listening') && resolve()));
    const ended = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    npm.kill('SIGTERM');
    const code = await ended;
    // The stand-in wrote what it got; with a shell left between npm and it, it gets nothing.
    const got = await poll(() => fs.existsSync(path.join(root, 'got')), 5_000);
    if (!got) process.kill(Number(fs.readFileSync(path.join(root, 'pid'), 'utf8')), 'SIGKILL'); // the orphan the bug leaves behind
    expect(got && fs.readFileSync(path.join(root, 'got'), 'utf8')).toBe('SIGTERM start -p 4321');
    expect(code).toBe(143);
  });
});

async function poll(what: () => boolean, timeoutMs: number): Promise<boolean> {
  const t0 = Date.now();
  while (!what()) {
    if (Date.now() - t0 > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
