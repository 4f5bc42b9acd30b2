// Starts the production server (`next start`, after `npm run build`) on a loopback port,
// and stops it: the one way every script (page weight, benchmarks, e2e, deploy/run-local)
// starts the app.
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

/**
 * `log`: a file the server's output goes to, or 'inherit' (this process's output); by
 * default it is kept, and shown if the start fails.
 * The start waits for /api/health, which answers once the content source is loaded.
 */
export async function startServer(env: Record<string, string> = {}, port?: number, startTimeoutMs = 60_000, log: string | 'inherit' = ''): Promise<Server> {
  const dist = env.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || '.next';
  if (!fs.existsSync(`${dist}/BUILD_ID`)) throw new Error(`no production build in ${dist}: run \`npm run build\` first`);
  const p = port ?? (await freePort());
  // `localhost` (loopback), the name Next gives proxy.ts, so rewrites are served in place as in
  // production; under another name (-H 127.0.0.1) Next forwards each one over HTTP.
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(p), '-H', 'localhost'], {
    // Scripts and tests send every request from one address: no search limit (lib/search/rate.ts) unless they ask for one.
    env: { SEARCH_RATE_PER_MINUTE: '100000', ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', log === 'inherit' ? 'inherit' : 'pipe', log === 'inherit' ? 'inherit' : 'pipe'],
  });
  let output = log === 'inherit' ? '(above)' : log ? `(see ${log})` : '';
  if (log !== 'inherit') {
    const sink = log ? fs.createWriteStream(log, { flags: 'a' }) : undefined;
    const keep = (d: Buffer) => (sink ? sink.write(d) : (output += d));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
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
