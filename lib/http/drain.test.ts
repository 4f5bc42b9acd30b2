// Draining, in a real child process with a plain HTTP server (signals cannot be tried inside
// the test runner): what was asked before the signal is answered, nothing new is accepted,
// and the process ends by itself, at the latest at the bound.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drainTimeoutMs } from './drain';

const drainModule = path.resolve(__dirname, 'drain.ts');
let child: ChildProcess | undefined;
afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
});

/**
 * A server whose /slow answers on SIGUSR2 (saying whether it drains by then), and whose
 * /health says 503 while it drains. Resolves with its port once listening; `ended` with how
 * the process ended.
 */
async function server(env: Record<string, string>) {
  const source = `
    const mod = await import(${JSON.stringify(drainModule)});
    const { installDrain, isDraining } = mod.installDrain ? mod : mod.default;
    installDrain();
    const waiting = [];
    const server = (await import('node:http')).createServer((req, res) => {
      if (req.url === '/slow') return waiting.push(() => res.end(isDraining() ? 'slow done, draining' : 'slow done'));
      res.statusCode = isDraining() ? 503 : 200;
      res.end(isDraining() ? 'draining' : 'ok');
    });
    process.on('SIGUSR2', () => waiting.splice(0).forEach((f) => f()));
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));`;
  const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child = p;
  let stderr = '';
  p.stderr!.on('data', (d) => (stderr += d));
  const ended = new Promise<{ code: number | null; at: number; stderr: string }>((resolve) => p.on('exit', (code) => resolve({ code, at: Date.now(), stderr })));
  const port = await new Promise<number>((resolve, reject) => {
    p.stdout!.on('data', (d: Buffer) => {
      const m = /port (\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    p.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
  });
  return { port, ended, child: p };
}

type Answer = { status: number; body: string; connection: string | undefined; at: number };
function ask(port: number, p: string, agent: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body, connection: res.headers.connection, at: Date.now() }));
      })
      .on('error', reject);
  });
}

/** Resolves once the server has received a request (it has no other way to tell us). */
const tick = () => new Promise((r) => setTimeout(r, 100));

describe('drain on SIGTERM', () => {
  it('answers what it was asked with Connection: close, refuses new connections, then exits by itself', async () => {
    const s = await server({ NEXT_MANUAL_SIG_HANDLE: '1' });
    const kept = new http.Agent({ keepAlive: true, maxSockets: 2 });
    // Two pooled connections: one busy with /slow, one idle after /health.
    expect((await ask(s.port, '/health', kept)).status).toBe(200);
    const slow = ask(s.port, '/slow', kept);
    await tick();
    s.child.kill('SIGTERM');
    await tick();
    // A new connection is refused; the busy one is still answered.
    await expect(ask(s.port, '/health', new http.Agent())).rejects.toThrow(/ECONNREFUSED/);
    expect(s.child.exitCode).toBeNull();
    // The answer in flight comes, and says the connection ends with it.
    s.child.kill('SIGUSR2');
    expect(await slow).toMatchObject({ status: 200, body: 'slow done, draining', connection: 'close' });
    const end = await s.ended;
    expect(end.code).toBe(143);
    expect(end.stderr).toBe('');
    kept.destroy();
  });

  it('closes what is still open at the bound and exits', async () => {
    const s = await server({ NEXT_MANUAL_SIG_HANDLE: '1', DRAIN_TIMEOUT_MS: '300' });
    const agent = new http.Agent({ keepAlive: true });
    const never = ask(s.port, '/slow', agent).then(
      () => 'answered',
      (e: Error) => e.message,
    );
    await tick();
    const t0 = Date.now();
    s.child.kill('SIGTERM');
    const end = await s.ended;
    expect(end.code).toBe(143);
    expect(end.at - t0).toBeGreaterThanOrEqual(300);
    expect(end.stderr).toMatch(/1 answer\(s\) still open after 300 ms/);
    expect(await never).toMatch(/socket hang up|ECONNRESET/);
  });

  it('reads its bound from DRAIN_TIMEOUT_MS, and keeps the default for a bad value', () => {
    expect(drainTimeoutMs({})).toBe(10_000);
    expect(drainTimeoutMs({ DRAIN_TIMEOUT_MS: '2500' })).toBe(2500);
    expect(drainTimeoutMs({ DRAIN_TIMEOUT_MS: '0' })).toBe(0);
    for (const bad of ['-1', '1.5', 'soon', '99999999']) expect(drainTimeoutMs({ DRAIN_TIMEOUT_MS: bad })).toBe(10_000);
  });
});

