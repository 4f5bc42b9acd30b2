// The word cache is bounded by bytes: distinct junk queries (199,000 of them once held
// 329 MB) cannot fill the heap, and real words keep being cached.
import { randomBytes } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ByteCache } from './byte-cache';
import { parseWords } from './query';
import { WORD_CACHE_BYTES, wordCacheBytes } from './tokenize';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('ByteCache', () => {
  it('holds at most its bytes, dropping what it took longest ago', () => {
    const c = new ByteCache<string>(100_000, (k, v) => k.length + v.length);
    for (let i = 0; i < 1000; i++) c.set(`k${i}`.padEnd(50, '.'), 'v'.repeat(50));
    expect(c.bytes).toBeLessThanOrEqual(100_000);
    expect(c.size).toBe(1000);
    c.set('new'.padEnd(50, '.'), 'v'.repeat(50));
    expect(c.get('k0'.padEnd(50, '.'))).toBeUndefined();
    expect(c.get('k1'.padEnd(50, '.'))).toBe('v'.repeat(50));
    // An entry over a thousandth of the bound is not kept at all.
    c.set('big', 'x'.repeat(200));
    expect(c.get('big')).toBeUndefined();
    expect(c.bytes).toBeLessThanOrEqual(100_000);
  });
});

describe('the word cache under a flood of junk queries', () => {
  it('stays within its bytes, and so does the heap', () => {
    // 60,000 distinct queries of 200 Arabic letters (the longest a query may be), each one word
    // with shorter forms (و, ب, ال taken off): without the bound they held ~33 MB here.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const junk = () => `وبال${Array.from(randomBytes(196), (b) => letters[b % letters.length]).join('')}`;
    const before = heap();
    for (let i = 0; i < 60_000; i++) expect(parseWords(junk()).length).toBe(1);
    const grown = heap() - before;
    expect(wordCacheBytes()).toBeLessThanOrEqual(WORD_CACHE_BYTES);
    expect(grown, `the heap grew by ${(grown / 1048576).toFixed(1)} MB`).toBeLessThan(WORD_CACHE_BYTES);
    // Real words are still cached and found.
    expect(parseWords('المغرب والرباط').map((w) => w.term)).toEqual(['مغرب', 'رباط']);
  }, 60_000);
});
