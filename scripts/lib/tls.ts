// A throwaway certificate authority for the edge on HTTPS in tests, benches and
// deploy/run-local.sh --tls: a CA and a certificate for 127.0.0.1 and localhost signed by
// it, made with openssl in a folder of their own. Trust `ca` (NODE_EXTRA_CA_CERTS, curl
// --cacert) and nothing else changes: the key never leaves the folder, which `remove` empties.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LocalCa = { dir: string; ca: string; cert: string; key: string; remove: () => void };

export function makeLocalCa(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-ca-'))): LocalCa {
  fs.mkdirSync(dir, { recursive: true });
  // nginx's workers run unprivileged when we are root: they read the certificate and key.
  fs.chmodSync(dir, 0o755);
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // EC P-256 keys: fast to make, and what a public CA would issue today.
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', '/CN=Sahifa local test CA', '-keyout', f('ca.key'), '-out', f('ca.pem'));
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', f('server.key'), '-out', f('server.csr'));
  fs.writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', f('server.ext'), '-out', f('server.pem'));
  fs.chmodSync(f('server.key'), 0o644);
  // The chain nginx sends: the server's certificate, then the CA's.
  fs.writeFileSync(f('chain.pem'), fs.readFileSync(f('server.pem'), 'utf8') + fs.readFileSync(f('ca.pem'), 'utf8'));
  return { dir, ca: f('ca.pem'), cert: f('chain.pem'), key: f('server.key'), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
