import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst of 60 a minute, then refills one per second', () => {
    const r = new RateLimiter(60);
    for (let i = 0; i < 60; i++) expect(r.take('198.51.100.1', 1000)).toBe(true);
    expect(r.take('198.51.100.1', 1000)).toBe(false);
    expect(r.take('198.51.100.1', 1500)).toBe(false);
    expect(r.take('198.51.100.1', 2000)).toBe(true);
    expect(r.take('198.51.100.1', 2000)).toBe(false);
  });

  it('says whether a token is left without taking it (a limit on failures only)', () => {
    const r = new RateLimiter(2);
    expect(r.has('a', 0)).toBe(true);
    r.take('a', 0);
    expect(r.has('a', 0)).toBe(true);
    r.take('a', 0);
    expect(r.has('a', 0)).toBe(false);
    expect(r.has('a', 0)).toBe(false);
    expect(r.has('a', 30_000)).toBe(true); // one refilled
    expect(r.has('b', 0)).toBe(true);
  });

  it('keeps a bucket per address', () => {
    const r = new RateLimiter(2);
    expect(r.take('a', 0)).toBe(true);
    expect(r.take('a', 0)).toBe(true);
    expect(r.take('a', 0)).toBe(false);
    expect(r.take('b', 0)).toBe(true);
  });

  it('bounds its memory: idle buckets go, and at most maxKeys stay', () => {
    const r = new RateLimiter(60, 50);
    for (let i = 0; i < 200; i++) r.take(`addr${i}`, i);
    expect(r.size).toBe(50);
    r.take('late', 60_500);
    expect(r.size).toBe(1);
  });
});
