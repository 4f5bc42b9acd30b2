// The last flush, in a real child process: signals cannot be tried inside the test runner.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-exit-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `body` as an ES module with a file store on `dir`; resolves with how it ended. */
function child(body: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const storeModule = path.resolve(__dirname, 'file-store.ts');
  const source = `
    const mod = await import(${JSON.stringify(storeModule)});
    const { FileViewStore } = mod.FileViewStore ? mod : mod.default; // the project's .ts load as CommonJS
    const open = () => new FileViewStore({ dataDir: ${JSON.stringify(dir)}, windowDays: 7, flushMs: 0 });
    const read = (visitor) => ({ id: 'story', locale: 'ar', visitor });
    setInterval(() => {}, 1000); // a server that would otherwise run for ever
    ${body}`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const saved = () => JSON.parse(fs.readFileSync(path.join(dir, 'views.json'), 'utf8')).days as Record<string, { ar: { story: number } }>;
const total = () => Object.values(saved()).reduce((n, d) => n + d.ar.story, 0);

describe('flush at shutdown', () => {
  it('writes on SIGTERM, then lets the signal end the process when nobody else handles it', async () => {
    const r = await child(`
      const s = open();
      for (const v of ['1', '2', '3']) await s.record(read(v));
      process.kill(process.pid, 'SIGTERM');`);
    expect(r.stderr).toBe('');
    expect(r.signal).toBe('SIGTERM');
    expect(total()).toBe(3);
  });

  it('keeps reads counted after the signal, while a server (like Next) drains and exits', async () => {
    const r = await child(`
      let store;
      process.on('SIGINT', () => setTimeout(async () => {
        await store.record(read('late'));   // a request still in flight
        process.exit(130);
      }, 50));
      store = open();
      await store.record(read('1'));
      process.kill(process.pid, 'SIGINT');`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(130);
    expect(total()).toBe(2);
  });
});
