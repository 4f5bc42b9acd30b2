// The production setup on one machine: N `next start` instances behind nginx with
// deploy/nginx.conf (its own temporary prefix: pid, logs, cache), until Ctrl-C.
//   npx tsx deploy/run-local.ts [--instances 2] [--base-port 3000] [--port 8080] [--dist .next]
//   npx tsx deploy/run-local.ts --no-start --base-port 3000 --instances 2   (instances already running)
//   npx tsx deploy/run-local.ts --tls [--https-port 8443] [--cert chain.pem --key key.pem]
// With --tls, --port redirects to HTTPS on --https-port, as in production; without --cert/--key a
// throwaway local CA is made (scripts/lib/tls.ts): trust the printed ca.pem (curl --cacert).
// Needs a production build in --dist (`npm run build`). Loopback only.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { productionConf, startNginx, type EdgeTls } from '../scripts/lib/nginx';
import { startServer, type Server } from '../scripts/lib/server';
import { makeLocalCa, type LocalCa } from '../scripts/lib/tls';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    'base-port': { type: 'string', default: '3000' },
    port: { type: 'string', default: '8080' },
    dist: { type: 'string', default: process.env.NEXT_DIST_DIR || '.next' },
    'no-start': { type: 'boolean', default: false },
    tls: { type: 'boolean', default: false },
    'https-port': { type: 'string', default: '8443' },
    cert: { type: 'string' },
    key: { type: 'string' },
  },
});

async function main() {
  const n = Math.max(1, Number(values.instances));
  const ports = Array.from({ length: n }, (_, i) => Number(values['base-port']) + i);
  const servers: Server[] = [];
  if (!values['no-start'])
    for (const p of ports) {
      // Read counts: one process per DATA_DIR (lib/reads/file-store.ts), unless they go to
      // Redis; the reader is the address nginx (on loopback) saw, not the socket's.
      const env: Record<string, string> = { NEXT_DIST_DIR: values.dist, TRUST_PROXY: process.env.TRUST_PROXY || 'loopback' };
      if (n > 1 && !process.env.VIEWS_REDIS_URL) env.DATA_DIR = path.join(process.env.DATA_DIR || 'data', `instance-${p}`);
      servers.push(await startServer(env, p));
      console.log(`next start: http://127.0.0.1:${p}`);
    }
  let ca: LocalCa | undefined;
  let tls: EdgeTls | undefined;
  if (values.tls) {
    if (!values.cert !== !values.key) throw new Error('--cert and --key go together');
    if (!values.cert) ca = makeLocalCa();
    tls = { port: Number(values['https-port']), cert: values.cert ?? ca!.cert, key: values.key ?? ca!.key };
  }
  const edge = await startNginx((port) => productionConf(port, ports.map((p) => `127.0.0.1:${p}`), 'deploy/nginx.conf', tls), { port: Number(values.port) });
  const site = tls ? `https://127.0.0.1:${tls.port} (${edge.url} redirects there)` : edge.url;
  console.log(`nginx (deploy/nginx.conf, prefix ${edge.prefix}): ${site} — Ctrl-C stops everything`);
  if (ca) console.log(`local CA (removed on exit): ${ca.ca} — e.g. curl --cacert ${ca.ca} https://127.0.0.1:${tls!.port}/ar`);
  const stop = async () => {
    await edge.stop();
    ca?.remove();
    await Promise.all(servers.map((s) => s.stop()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
