// Searches per reader address: SEARCH_RATE_PER_MINUTE, then a wait (Retry-After); one
// reader's flood does not stop another's search. The reader is the socket's address.
import { afterEach, describe, expect, it } from 'vitest';
import { installPeerStamp } from '@/lib/http/peer-address';
import { DEFAULT_SEARCH_RATE, searchRate, searchRefused } from './rate';

const header = installPeerStamp();
const from = (address: string, extra: Record<string, string> = {}) => new Headers({ [header]: address, ...extra });
const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
});

describe('the search rate limit', () => {
  it('reads SEARCH_RATE_PER_MINUTE, 1 to 100,000', () => {
    expect(searchRate(undefined)).toBe(DEFAULT_SEARCH_RATE);
    expect(searchRate('5')).toBe(5);
    for (const bad of ['0', '-1', '2.5', 'many', '100001']) expect(searchRate(bad), bad).toBe(DEFAULT_SEARCH_RATE);
  });

  it('lets a reader make its searches, then asks it to wait; others are not held up', () => {
    process.env.SEARCH_RATE_PER_MINUTE = '3';
    delete process.env.TRUST_PROXY;
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) expect(searchRefused(from('203.0.113.5'), t)).toBeUndefined();
    expect(searchRefused(from('203.0.113.5'), t)).toBe(20);
    // A forged X-Forwarded-For is not believed without TRUST_PROXY: still the same reader.
    expect(searchRefused(from('203.0.113.5', { 'x-forwarded-for': '198.51.100.1' }), t)).toBe(20);
    expect(searchRefused(from('203.0.113.6'), t)).toBeUndefined();
    // An IPv6 reader is its /64.
    for (let i = 0; i < 3; i++) expect(searchRefused(from(`2001:db8::${i + 1}`), t)).toBeUndefined();
    expect(searchRefused(from('2001:db8::99'), t)).toBe(20);
    // One search back every 60/3 s.
    expect(searchRefused(from('203.0.113.5'), t + 20_000)).toBeUndefined();
  });
});
