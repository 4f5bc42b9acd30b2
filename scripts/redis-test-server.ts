// Starts a throwaway redis-server on 127.0.0.1 and a free port, without persistence, for
// tests and benchmarks; stop() ends it. Fails loudly when redis-server is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { freePort } from './lib/server';
import os from 'node:os';
import path from 'node:path';

export type RedisTestServer = { url: string; port: number; stop(): Promise<void> };

const BINARY = process.env.REDIS_SERVER_BIN || 'redis-server';


function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => finish(d.toString().startsWith('+PONG')));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * redis-server is a server of its own, with its own clock: never under a faked one (a run
 * under faketime, as the date tests do, would hang it at start: its allocator and
 * libfaketime call each other for the time).
 */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME'))) as NodeJS.ProcessEnv;

export async function startRedis(): Promise<RedisTestServer> {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8', env });
  if (probe.error || probe.status !== 0)
    throw new Error(
      `redis-server is needed for the Redis tests and benchmark but "${BINARY}" cannot be run ` +
        `(${probe.error?.message ?? `exit ${probe.status}`}). Install it (apt-get install -y redis-server) or set SKIP_REDIS=1 to skip them.`,
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-redis-'));
  // Another process may take the port between the probe and the start: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const child = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let log = '';
    child.stdout?.on('data', (d) => (log += d));
    child.stderr?.on('data', (d) => (log += d));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await ping(port)) {
        return {
          url: `redis://127.0.0.1:${port}`,
          port,
          stop: async () => {
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited(child);
            clearTimeout(timer);
            fs.rmSync(dir, { recursive: true, force: true });
          },
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited(child);
    if (attempt === 2) throw new Error(`redis-server did not start on port ${port}:\n${log.slice(-2000)}`);
  }
  throw new Error('unreachable');
}
