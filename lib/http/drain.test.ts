// Draining, in a real child process with a plain HTTP server (signals cannot be tried inside
// the test runner): what was asked before the signal is answered, nothing new is accepted,
// and the process ends by itself, at the latest at the bound.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
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
 * /health says 503 to a request received after the signal (as app/api/health does). Resolves with its port once listening; `ended` with how
 * the process ended.
 */
async function server(env: Record<string, string>) {
  const source = `
    const mod = await import(${JSON.stringify(drainModule)});
    const { installDrain, isDraining, receivedWhileDraining } = mod.installDrain ? mod : mod.default;
    installDrain();
    const waiting = [];
    const server = (await import('node:http')).createServer((req, res) => {
      if (req.url === '/slow') {
        console.log('asked /slow');
        return waiting.push(() => res.end(isDraining() ? 'slow done, draining' : 'slow done'));
      }
      const late = receivedWhileDraining(new Headers(req.headers));
      res.statusCode = late ? 503 : 200;
      res.end(late ? 'draining' : 'ok');
    });
    process.on('SIGUSR2', () => waiting.splice(0).forEach((f) => f()));
    process.on('SIGTERM', () => console.log('signalled')); // after the drain's own handler
    server.keepAliveTimeout = 60_000;
    server.on('connection', () => console.log('connection'));
    server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));`;
  const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child = p;
  let stderr = '';
  p.stderr!.on('data', (d) => (stderr += d));
  const ended = new Promise<{ code: number | null; at: number; stderr: string }>((resolve) => p.on('exit', (code) => resolve({ code, at: Date.now(), stderr })));
  let stdout = '';
  const port = await new Promise<number>((resolve, reject) => {
    p.stdout!.on('data', (d: Buffer) => {
      stdout += d;
      const m = /port (\d+)/.exec(stdout);
      if (m) resolve(Number(m[1]));
    });
    p.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
  });
  /** Resolves once the child has said `what` `times` times (or has ended). */
  const said = async (what: string, times = 1) => {
    while (stdout.split(what).length - 1 < times && p.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  };
  /** Sends SIGTERM and resolves once the child has handled it. */
  const terminate = async () => {
    p.kill('SIGTERM');
    await said('signalled');
  };
  return { port, ended, child: p, terminate, said };
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


describe('drain on SIGTERM', () => {
  it('answers what it was asked with Connection: close, refuses new connections, then exits by itself', async () => {
    const s = await server({ NEXT_MANUAL_SIG_HANDLE: '1' });
    const kept = new http.Agent({ keepAlive: true, maxSockets: 2 });
    // Two pooled connections: one busy with /slow, one idle after /health.
    expect((await ask(s.port, '/health', kept)).status).toBe(200);
    const slow = ask(s.port, '/slow', kept);
    await s.said('asked /slow');
    await s.terminate();
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

  it('says 503 on health to a request received after the signal, not to one already in flight', async () => {
    const s = await server({ NEXT_MANUAL_SIG_HANDLE: '1' });
    // A request in flight at the signal, and one whose first bytes came before it and the rest after.
    const agent = new http.Agent({ keepAlive: true });
    const inFlight = ask(s.port, '/slow', agent);
    const socket = net.connect(s.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write('GET /health HTTP/1.1\r\nHost: sahifa\r\n');
    await s.said('asked /slow');
    await s.said('connection', 2);
    const reply = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d));
      socket.on('close', () => resolve(text));
    });
    await s.terminate();
    socket.write('\r\n');
    const late = await reply;
    expect(late).toMatch(/^HTTP\/1\.1 503 /);
    expect(late).toMatch(/\r\nConnection: close\r\n/i);
    expect(late).toMatch(/draining$/);
    s.child.kill('SIGUSR2');
    expect(await inFlight).toMatchObject({ status: 200, body: 'slow done, draining' });
    expect((await s.ended).code).toBe(143);
  });

  it('closes what is still open at the bound and exits', async () => {
    const s = await server({ NEXT_MANUAL_SIG_HANDLE: '1', DRAIN_TIMEOUT_MS: '300' });
    const agent = new http.Agent({ keepAlive: true });
    const never = ask(s.port, '/slow', agent).then(
      () => 'answered',
      (e: Error) => e.message,
    );
    await s.said('asked /slow');
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

