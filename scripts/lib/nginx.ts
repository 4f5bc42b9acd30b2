// nginx for the benchmarks: started in the foreground with its own temporary prefix
// (config, pid, logs, cache, temp files), on a loopback port, and stopped after.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server';

export const NGINX = process.env.NGINX || (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

export type Nginx = { url: string; port: number; prefix: string; child: ChildProcess; stop: () => Promise<void> };

/** HTTPS at the edge: the port it listens on, its certificate chain and key (PEM files). */
export type EdgeTls = { port: number; cert: string; key: string };

/**
 * deploy/nginx.conf as it ships, with only its tagged lines changed: the upstream servers
 * (`# @upstream`, replaced as one group) and the listen addresses. Plain HTTP (no `tls`):
 * the site is served on `port` (`# @listen-tls` without TLS), the redirecting server block
 * (`# @http-redirect`) and the `# @tls`, `# @cert`, `# @key` lines are left out. With `tls`:
 * `port` redirects to HTTPS on `tls.port`, with the certificate and key given.
 */
export function productionConf(port: number, upstreams: string[], file = 'deploy/nginx.conf', tls?: EdgeTls): string {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: string[] = [];
  // The servers keep the shipped lines' parameters: each distinct set (a primary, a `backup`…)
  // is written once for every upstream, in the order the shipped lines give them.
  const params = [...new Set(lines.filter((l) => /;\s*# @upstream\s*$/.test(l)).map((l) => /^\s*server\s+\S+?(\s+[^;]*)?;/.exec(l)?.[1] ?? ''))];
  const done = new Set<string>();
  let skipDepth = 0;
  const once = (tag: string, line: string) => {
    if (!done.has(tag)) out.push(line);
    done.add(tag);
  };
  for (const line of lines) {
    const indent = /^\s*/.exec(line)![0];
    const tag = /# @([a-z-]+)\s*$/.exec(line)?.[1];
    if (skipDepth > 0) {
      skipDepth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
      continue;
    }
    if (tag === 'http-redirect' && !tls) {
      skipDepth = (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
      continue;
    }
    if (tag === 'listen') {
      if (tls) once(tag, `${indent}listen 127.0.0.1:${port};`);
    } else if (tag === 'listen-tls') once(tag, tls ? `${indent}listen 127.0.0.1:${tls.port} ssl http2;` : `${indent}listen 127.0.0.1:${port};`);
    else if (tag === 'upstream') {
      if (!done.has(tag)) for (const p of params) for (const u of upstreams) out.push(`${indent}server ${u}${p};`);
      done.add(tag);
    } else if (tag === 'cert' || tag === 'key' || tag === 'tls') {
      if (tls && tag === 'cert') out.push(`${indent}ssl_certificate ${tls.cert};`);
      else if (tls && tag === 'key') out.push(`${indent}ssl_certificate_key ${tls.key};`);
      else if (tls) out.push(line);
    } else if (tag === 'redirect' && tls) out.push(`${indent}return 301 https://$host${tls.port === 443 ? '' : `:${tls.port}`}$request_uri;`);
    else out.push(line);
  }
  for (const t of ['upstream', 'listen-tls', ...(tls ? ['listen'] : [])]) if (!done.has(t)) throw new Error(`${file} has no "# @${t}" line`);
  return out.join('\n');
}

/**
 * The floor: the same nginx serving files from `root`, tuned the same way (workers,
 * sendfile, keep-alive, no access log), and a pre-compressed copy for gzip clients.
 */
export function staticConf(port: number, root: string): string {
  return `worker_processes auto;
pid logs/nginx.pid;
error_log logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    server_tokens off;
    keepalive_timeout 65s;
    keepalive_requests 10000;
    client_body_temp_path tmp/body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    types { text/html html; }
    default_type application/octet-stream;
    gzip_static on;
    gzip_vary on;
    server {
        listen 127.0.0.1:${port};
        root ${root};
        location / { try_files $uri $uri.html =404; }
    }
}
`;
}

/** Starts nginx with `conf` (a function of the port it gets) and waits until it answers. */
export async function startNginx(conf: (port: number) => string, opts: { port?: number } = {}): Promise<Nginx> {
  const port = opts.port ?? (await freePort());
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-nginx-'));
  // Workers run as an unprivileged user when we are root: they must reach the prefix.
  fs.chmodSync(prefix, 0o755);
  for (const d of ['logs', 'tmp', 'cache']) fs.mkdirSync(path.join(prefix, d));
  const file = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(file, conf(port));
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited early:\n${log}${readLog(prefix)}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not start:\n${log}${readLog(prefix)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      // SIGQUIT: graceful, the master waits for its workers and removes the pid file.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  return { url, port, prefix, child, stop };
}

function readLog(prefix: string): string {
  try {
    return fs.readFileSync(path.join(prefix, 'logs', 'error.log'), 'utf8');
  } catch {
    return '';
  }
}
