import { afterEach, describe, expect, it } from 'vitest';
import { installPeerStamp } from './peer-address';
import { foreignOrigin, ownOrigins } from './same-origin';

const saved = { SITE_URL: process.env.SITE_URL, NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL, TRUST_PROXY: process.env.TRUST_PROXY };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
const unset = () => {
  delete process.env.SITE_URL;
  delete process.env.NEXT_PUBLIC_SITE_URL;
  delete process.env.TRUST_PROXY;
};

// Next's request.url names `localhost` whatever address the browser used; Host is the truth.
const post = (headers: Record<string, string>, url = 'http://localhost:3000/api/views') => new Request(url, { method: 'POST', headers });
/** A request as it reaches the app over a socket from `peer` (the server stamps it). */
const via = (peer: string, headers: Record<string, string>) => post({ ...headers, [installPeerStamp()]: peer });

describe('foreignOrigin', () => {
  it('lets our own pages and clients that are not browsers through', () => {
    process.env.SITE_URL = 'https://sahifa.example';
    expect(foreignOrigin(post({ 'sec-fetch-site': 'same-origin', host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBeUndefined();
    expect(foreignOrigin(post({ origin: 'https://sahifa.example' }))).toBeUndefined();
    expect(foreignOrigin(post({}))).toBeUndefined();
  });

  it('with SITE_URL unset, takes the address the browser used: 127.0.0.1, localhost, a LAN address, any port', () => {
    unset();
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '192.168.1.20:3000', '[::1]:3000', 'news.lan', 'news.lan:8080'])
      expect(foreignOrigin(post({ 'sec-fetch-site': 'same-origin', host, origin: `http://${host}` })), host).toBeUndefined();
    // The default port is not written in an Origin.
    expect(foreignOrigin(post({ host: 'news.lan:80', origin: 'http://news.lan' }))).toBeUndefined();
  });

  it('refuses another site: by Sec-Fetch-Site, or by an Origin that is not ours', () => {
    process.env.SITE_URL = 'https://sahifa.example';
    const host = { host: 'sahifa.example' };
    expect(foreignOrigin(post({ ...host, 'sec-fetch-site': 'cross-site' }))).toBeDefined();
    expect(foreignOrigin(post({ ...host, origin: 'https://evil.example' }))).toBeDefined();
    expect(foreignOrigin(post({ ...host, origin: 'https://sahifa.example.evil.example' }))).toBeDefined();
    expect(foreignOrigin(post({ ...host, origin: 'http://sahifa.example' }))).toBeUndefined(); // the Host the app itself was reached at (plain http)
    expect(foreignOrigin(post({ host: 'app.internal', origin: 'http://sahifa.example' }))).toBeDefined(); // another scheme is another origin
    expect(foreignOrigin(post({ ...host, origin: 'null' }))).toBeDefined();
    expect(foreignOrigin(post({ ...host, 'sec-fetch-site': 'same-site', origin: 'https://blog.sahifa.example' }))).toBeDefined();
  });

  it('with SITE_URL unset, still refuses other pages: another host or port, or junk in Host', () => {
    unset();
    expect(foreignOrigin(post({ host: '127.0.0.1:3000', origin: 'http://localhost:3000' }))).toBeDefined();
    expect(foreignOrigin(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3001' }))).toBeDefined();
    expect(foreignOrigin(post({ host: '127.0.0.1:3000', origin: 'https://127.0.0.1:3000' }))).toBeDefined();
    expect(foreignOrigin(post({ host: 'evil.example/x@127.0.0.1', origin: 'http://evil.example' }))).toBeDefined();
    expect(foreignOrigin(post({ host: '127.0.0.1:3000', origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' }))).toBeDefined();
  });

  it('believes X-Forwarded-Host and -Proto only from a proxy TRUST_PROXY names', () => {
    unset();
    // nginx on https at port 8443 in front of the app: Host $http_host, X-Forwarded-Host $http_host, X-Forwarded-Proto $scheme.
    const edge = { host: 'news.example:8443', 'x-forwarded-host': 'news.example:8443', 'x-forwarded-proto': 'https', origin: 'https://news.example:8443' };
    expect(foreignOrigin(via('127.0.0.1', edge))).toBeDefined();
    process.env.TRUST_PROXY = '127.0.0.1';
    expect(foreignOrigin(via('127.0.0.1', edge))).toBeUndefined();
    expect(foreignOrigin(via('203.0.113.5', edge))).toBeDefined(); // a client reaching the app past the proxy
    // An edge that sends Host without the port (nginx's $host) but the forwarded host with it.
    expect(foreignOrigin(via('127.0.0.1', { ...edge, host: 'news.example', 'x-forwarded-proto': 'http', origin: 'http://news.example:8443' }))).toBeUndefined();
    expect(foreignOrigin(via('127.0.0.1', { ...edge, origin: 'https://evil.example' }))).toBeDefined();
    process.env.TRUST_PROXY = '1';
    expect(foreignOrigin(via('10.0.0.2', edge))).toBeUndefined();
    // Only http and https, and only a host.
    expect(ownOrigins(via('10.0.0.2', { host: 'a.example', 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'b.example/path' }))).toEqual(['http://a.example']);
  });
});
