import { describe, expect, it, vi } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustProxy, UNKNOWN_CLIENT, visitorKey } from './client-address';

const h = (init: Record<string, string>) => new Headers(init);
const trust = (raw: string) => parseTrustProxy(raw).trust;
const forged = { 'x-real-ip': '198.51.100.4', 'x-forwarded-for': '1.1.1.1, 2.2.2.2' };

describe('clientAddress', () => {
  it('is the socket address by default: X-Real-IP and X-Forwarded-For are anyone’s to write', () => {
    expect(clientAddress(h(forged), trust(''), '203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress(h(forged), trust('0'), '203.0.113.9')).toBe('203.0.113.9');
    expect(clientAddress(h({}), trust(''), '::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('is a constant when the socket is unknown, whatever the headers say', () => {
    expect(clientAddress(h(forged), trust(''), undefined)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(h(forged), trust('1'), undefined)).toBe(UNKNOWN_CLIENT);
  });

  it('with a hop count, takes the entry the last trusted proxy added, not the ones before it', () => {
    // nginx (the socket) appended the client; the first entries are the client's own text.
    const headers = h({ 'x-forwarded-for': '6.6.6.6, 7.7.7.7, 203.0.113.7' });
    expect(clientAddress(headers, trust('1'), '127.0.0.1')).toBe('203.0.113.7');
    expect(clientAddress(headers, trust('2'), '127.0.0.1')).toBe('7.7.7.7');
    // nginx.conf overwrites the header: one entry, the client.
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.8' }), trust('1'), '127.0.0.1')).toBe('203.0.113.8');
    // No header at all: the socket.
    expect(clientAddress(h({}), trust('1'), '192.0.2.1')).toBe('192.0.2.1');
  });

  it('with a list, takes the right-most address not in it', () => {
    const list = trust('127.0.0.1, 10.0.0.0/8 ::1');
    expect(clientAddress(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.1.2.3' }), list, '127.0.0.1')).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }), list, '::1')).toBe('203.0.113.7');
    // A client that reaches the app past the proxies: its socket, whatever it forwards.
    expect(clientAddress(h({ 'x-forwarded-for': '6.6.6.6' }), list, '192.0.2.44')).toBe('192.0.2.44');
    // Every hop trusted: the left-most.
    expect(clientAddress(h({ 'x-forwarded-for': '10.0.0.1' }), list, '127.0.0.1')).toBe('10.0.0.1');
  });

  it('"loopback" trusts 127.0.0.0/8 and ::1', () => {
    const loop = trust('loopback');
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }), loop, '127.0.0.1')).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }), loop, '::ffff:127.0.0.2')).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }), loop, '::1')).toBe('203.0.113.7');
  });

  it('counts a hop that passed on something that is not an address against that hop', () => {
    expect(clientAddress(h({ 'x-forwarded-for': 'unknown' }), trust('1'), '127.0.0.1')).toBe('127.0.0.1');
    expect(clientAddress(h({ 'x-forwarded-for': `1.1.1.1, ${'x'.repeat(30)}` }), trust('loopback'), '127.0.0.1')).toBe('127.0.0.1');
  });
});

describe('parseTrustProxy', () => {
  it('reads nothing, a hop count, or a list', () => {
    expect(trust('').kind).toBe('none');
    expect(trust('false').kind).toBe('none');
    expect(trust('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(trust('3')).toEqual({ kind: 'hops', hops: 3 });
    expect(trust('10.0.0.0/8,192.168.1.5').kind).toBe('list');
  });

  it('trusts nobody, and says why, when the value does not parse', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const bad of ['yes', '10.0.0.0/33', '300.1.1.1', '11', '10.0.0.0/8/1', 'nginx']) {
        const r = parseTrustProxy(bad);
        expect(r.trust.kind, bad).toBe('none');
        expect(r.problem, bad).toMatch(/TRUST_PROXY/);
      }
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    [' 203.0.113.9:4431 ', '203.0.113.9'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['unknown', undefined],
    ['', undefined],
    ['1.2.3', undefined],
  ])('%s → %s', (raw, want) => {
    expect(normalizeAddress(raw)).toBe(want);
  });
});

describe('visitorKey', () => {
  it('keeps IPv4 and takes IPv6 by its /64', () => {
    expect(visitorKey('203.0.113.9')).toBe('203.0.113.9');
    expect(visitorKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(visitorKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(visitorKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(visitorKey('::1')).toBe('0:0:0:0::/64');
    expect(visitorKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });
});
