// deploy/nginx.conf's own behaviour, checked on real nginx in front of a stub app that
// answers like ours (a cacheable page, a page that sets a cookie, a form's Host check):
// plain HTTP as the tests and benches run it, and HTTPS with a throwaway local CA.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionConf, startNginx, type Nginx } from './nginx';
import { freePort } from './server';
import { makeLocalCa, type LocalCa } from './tls';

type Res = { status: number; headers: http.IncomingHttpHeaders };

/** The app, as far as the edge can tell: what it was sent comes back in headers. */
function stubApp(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    res.setHeader('X-Seen-Host', req.headers.host ?? '');
    res.setHeader('X-Seen-Forwarded-Host', req.headers['x-forwarded-host'] ?? '');
    res.setHeader('X-Seen-Forwarded-Proto', req.headers['x-forwarded-proto'] ?? '');
    if (req.url === '/api/cookie') res.setHeader('Set-Cookie', 'sahifa_lite=1; Path=/; SameSite=Lax; HttpOnly');
    if (req.url!.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    else res.setHeader('Cache-Control', 's-maxage=30, stale-while-revalidate=570');
    if (!req.url!.startsWith('/api/')) res.setHeader('Content-Security-Policy', "default-src 'self'");
    res.end('ok');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function request(url: string, headers: Record<string, string> = {}, ca?: string): Promise<Res> {
  const lib = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { headers, agent: false, ...(ca ? { ca: fs.readFileSync(ca) } : {}) }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const cookie = (r: Res, name: string) => ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));

let app: http.Server;
let upstream: string;
beforeAll(async () => {
  app = await stubApp();
  upstream = `127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => app.close(() => r())));

describe('productionConf', () => {
  it('plain HTTP: the site on the port, no redirecting server, no TLS line', () => {
    const conf = productionConf(8123, [upstream]);
    expect(conf).toMatch(/^\s*listen 127\.0\.0\.1:8123;$/m);
    expect(conf).not.toMatch(/^\s*(ssl_|return 301|proxy_cookie_flags|listen .*ssl)|;\s*# @/m);
    expect(conf.match(/^\s*listen /gm)).toHaveLength(1);
  });
  it('HTTPS: the port redirects, the site listens with TLS on its own port, with the given certificate', () => {
    const conf = productionConf(8123, [upstream], 'deploy/nginx.conf', { port: 8443, cert: '/x/chain.pem', key: '/x/key.pem' });
    expect(conf).toMatch(/^\s*listen 127\.0\.0\.1:8123;$/m);
    expect(conf).toMatch(/^\s*listen 127\.0\.0\.1:8443 ssl http2;$/m);
    expect(conf).toMatch(/^\s*return 301 https:\/\/\$host:8443\$request_uri;$/m);
    expect(conf).toMatch(/^\s*ssl_certificate \/x\/chain\.pem;$/m);
    expect(conf).toMatch(/^\s*ssl_certificate_key \/x\/key\.pem;$/m);
    expect(conf.match(/^\s*listen /gm)).toHaveLength(2);
  });
});

describe('the edge on plain HTTP (tests, benches)', () => {
  let edge: Nginx;
  beforeAll(async () => {
    edge = await startNginx((port) => productionConf(port, [upstream]));
  });
  afterAll(() => edge?.stop());

  it('sends the app the address the reader used, port included', async () => {
    const res = await request(`${edge.url}/ar`);
    expect(res.headers['x-seen-host']).toBe(`127.0.0.1:${edge.port}`);
    expect(res.headers['x-seen-forwarded-host']).toBe(`127.0.0.1:${edge.port}`);
    expect(res.headers['x-seen-forwarded-proto']).toBe('http');
  });

  it('sets the language cookie for what the reader opened, not for the offline worker’s background fetch', async () => {
    const as = (headers: Record<string, string>) => request(`${edge.url}/en`, { Cookie: 'NEXT_LOCALE=ar', ...headers });
    for (const mode of ['same-origin', 'cors', 'no-cors']) expect(cookie(await as({ 'Sec-Fetch-Mode': mode }), 'NEXT_LOCALE'), mode).toBeUndefined();
    expect(cookie(await as({ 'Sec-Fetch-Mode': 'navigate' }), 'NEXT_LOCALE')).toBe('NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(cookie(await as({}), 'NEXT_LOCALE')).toMatch(/^NEXT_LOCALE=en;/);
    expect(cookie(await as({ 'Sec-Fetch-Mode': 'cors', 'Next-Url': '/ar' }), 'NEXT_LOCALE')).toMatch(/^NEXT_LOCALE=en;/);
    // A router prefetch never, and a reader already in English never.
    expect(cookie(await as({ 'Sec-Fetch-Mode': 'navigate', 'Next-Router-Prefetch': '1' }), 'NEXT_LOCALE')).toBeUndefined();
    expect(cookie(await request(`${edge.url}/en`, { Cookie: 'NEXT_LOCALE=en', 'Sec-Fetch-Mode': 'navigate' }), 'NEXT_LOCALE')).toBeUndefined();
  });

  it('sends no HSTS and leaves cookies as they are on plain HTTP', async () => {
    const res = await request(`${edge.url}/api/cookie`);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(cookie(res, 'sahifa_lite')).not.toMatch(/secure/i);
  });
});

describe('the edge on HTTPS (a local CA)', () => {
  let edge: Nginx;
  let ca: LocalCa;
  let site: string;
  beforeAll(async () => {
    ca = makeLocalCa();
    const port = await freePort();
    site = `https://127.0.0.1:${port}`;
    edge = await startNginx((p) => productionConf(p, [upstream], 'deploy/nginx.conf', { port, cert: ca.cert, key: ca.key }));
  });
  afterAll(async () => {
    await edge?.stop();
    ca?.remove();
  });

  it('redirects plain HTTP to the same address on HTTPS, with a CSP of its own', async () => {
    const res = await request(`${edge.url}/ar/x?page=2`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`${site}/ar/x?page=2`);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('answers with HSTS, the app’s CSP (or its own), Secure cookies, and tells the app it was HTTPS', async () => {
    const page = await request(`${site}/en`, { Cookie: 'NEXT_LOCALE=ar', 'Sec-Fetch-Mode': 'navigate', 'Save-Data': 'on' }, ca.ca);
    expect(page.status).toBe(200);
    expect(page.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(page.headers['content-security-policy']).toBe("default-src 'self'");
    expect(page.headers['x-seen-forwarded-proto']).toBe('https');
    expect(page.headers['x-seen-host']).toBe(new URL(site).host);
    expect(cookie(page, 'NEXT_LOCALE')).toBe('NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(cookie(page, 'sahifa_sd')).toMatch(/; Secure$/);
    // A copy from the cache carries the app's policy alone (two policies would both apply).
    const hit = await request(`${site}/en`, {}, ca.ca);
    expect(hit.headers['x-cache-status']).toBe('HIT');
    expect(hit.headers['content-security-policy']).toBe("default-src 'self'");
    const api = await request(`${site}/api/cookie`, {}, ca.ca);
    expect(api.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(cookie(api, 'sahifa_lite')).toMatch(/; secure/i);
    // What the app did not answer itself (here, an API answer without a policy) gets the edge's.
    expect(api.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });
});

describe('the edge between two instances, one of them failing a render', () => {
  // One instance answers every page with 500 (its database went away mid-render); the other
  // answers as a healthy instance does. Readers must get the healthy one's answer.
  let failing: http.Server;
  let healthy: http.Server;
  let edge: Nginx;
  const asked = { failing: 0, healthy: 0 };
  const listen = (handler: http.RequestListener) => new Promise<http.Server>((resolve) => {
    const s = http.createServer(handler);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
  const at = (s: http.Server) => `127.0.0.1:${(s.address() as AddressInfo).port}`;
  beforeAll(async () => {
    failing = await listen((req, res) => {
      asked.failing++;
      res.statusCode = 500;
      res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      res.end('render failed');
    });
    healthy = await listen((req, res) => {
      asked.healthy++;
      res.statusCode = 503;
      res.setHeader('Retry-After', '30');
      res.setHeader('Cache-Control', 'private, no-store');
      res.end('database away');
    });
    edge = await startNginx((port) => productionConf(port, [at(failing), at(healthy)]));
  });
  afterAll(async () => {
    await edge?.stop();
    await Promise.all([failing, healthy].map((s) => new Promise<void>((r) => s.close(() => r()))));
  });

  it("a page whose render failed is asked of the other instance: the reader gets its 503 with Retry-After, never the 500", async () => {
    for (let i = 0; i < 6; i++) {
      const res = await request(`${edge.url}/ar/news/story-${i}`);
      expect(res.status, `request ${i}`).toBe(503);
      expect(res.headers['retry-after']).toBe('30');
    }
    expect(asked.healthy).toBeGreaterThanOrEqual(6);
  });
});
