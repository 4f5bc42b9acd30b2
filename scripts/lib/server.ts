// Starts the production server (`next start`, after `npm run build`) for a script, on a
// free loopback port, and stops it. Used by the page-weight check and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export type Server = { url: string; port: number; child: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

export async function startServer(env: Record<string, string> = {}, port?: number, startTimeoutMs = 60_000): Promise<Server> {
  const dist = env.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || '.next';
  if (!fs.existsSync(`${dist}/BUILD_ID`)) throw new Error(`no production build in ${dist}: run \`npm run build\` first`);
  const p = port ?? (await freePort());
  // `localhost` (loopback), the name Next gives proxy.ts, so rewrites are served in place as in
  // production; under another name (-H 127.0.0.1) Next forwards each one over HTTP.
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(p), '-H', 'localhost'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  return { url, port: p, child, stop };
}
