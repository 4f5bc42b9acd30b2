import { describe, expect, it } from 'vitest';
import { isIgnoredRequest, readBeaconBody } from './beacon-request';

const req = (body: BodyInit | null, type = 'text/plain;charset=UTF-8', headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/views', { method: 'POST', headers: { 'content-type': type, ...headers }, body });

describe('readBeaconBody', () => {
  it('reads what sendBeacon sends, and JSON', async () => {
    expect(await readBeaconBody(req('{"id":"a-story"}'))).toEqual({ ok: true, id: 'a-story' });
    expect(await readBeaconBody(req('{"id":"a-story"}', 'application/json'))).toEqual({ ok: true, id: 'a-story' });
  });

  it.each([
    ['not JSON', 'not json'],
    ['empty', ''],
    ['no id', '{}'],
    ['null', 'null'],
    ['an array', '["a"]'],
    ['a number id', '{"id":5}'],
    ['an id that is not a slug', '{"id":"../etc/passwd"}'],
    ['an over-long id', JSON.stringify({ id: 'a'.repeat(121) })],
  ])('rejects %s with 400', async (_what, body) => {
    const r = await readBeaconBody(req(body));
    expect(r).toMatchObject({ ok: false, status: 400 });
  });

  it('rejects a body over 1 KB, declared or streamed', async () => {
    const big = JSON.stringify({ id: 'a', pad: 'x'.repeat(2000) });
    expect(await readBeaconBody(req(big))).toMatchObject({ ok: false, status: 400 });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('x'.repeat(200)));
        c.close();
      },
    });
    const chunked = new Request('http://localhost/api/views', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.headers.get('content-length')).toBeNull();
    expect(await readBeaconBody(chunked)).toMatchObject({ ok: false, status: 400 });
  });

  it('rejects other media types with 415', async () => {
    expect(await readBeaconBody(req('id=a', 'application/x-www-form-urlencoded'))).toMatchObject({ ok: false, status: 415 });
  });
});

describe('isIgnoredRequest', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('ignores prefetches and crawlers, not headless browsers', () => {
    expect(isIgnoredRequest(h({ 'user-agent': 'Mozilla/5.0 HeadlessChrome/140' }))).toBe(false);
    expect(isIgnoredRequest(h({ 'user-agent': 'Mozilla/5.0', purpose: 'prefetch' }))).toBe(true);
    expect(isIgnoredRequest(h({ 'user-agent': 'Mozilla/5.0', 'sec-purpose': 'prefetch;prerender' }))).toBe(true);
    expect(isIgnoredRequest(h({ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }))).toBe(true);
    expect(isIgnoredRequest(h({ 'user-agent': 'facebookexternalhit/1.1' }))).toBe(true);
    expect(isIgnoredRequest(h({}))).toBe(true);
  });
});
