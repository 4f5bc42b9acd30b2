import { describe, expect, it } from 'vitest';
import { MemoryDedupe } from './dedupe';
import { RotatingSalt, visitorHash } from './salt';

const MIN = 60_000;
// Aligned to a salt epoch, so each test knows where the salt changes.
const T0 = Math.floor(Date.UTC(2025, 11, 19, 9, 0) / (30 * MIN)) * 30 * MIN;

describe('MemoryDedupe', () => {
  it('counts the same visitor once within 30 minutes, and again after', () => {
    const d = new MemoryDedupe();
    expect(d.firstSeen('1.2.3.4\nUA\nstory', T0)).toBe(true);
    expect(d.firstSeen('1.2.3.4\nUA\nstory', T0 + 10 * MIN)).toBe(false);
    expect(d.firstSeen('1.2.3.4\nUA\nstory', T0 + 29 * MIN)).toBe(false);
    expect(d.firstSeen('1.2.3.4\nUA\nstory', T0 + 30 * MIN)).toBe(true);
  });

  it('still recognises a visitor across the salt change', () => {
    const d = new MemoryDedupe();
    expect(d.firstSeen('v\nstory', T0 + 29 * MIN)).toBe(true);
    expect(d.firstSeen('v\nstory', T0 + 31 * MIN)).toBe(false); // new salt, read 2 minutes ago
    expect(d.firstSeen('v\nstory', T0 + 59 * MIN + 1)).toBe(true);
  });

  it('tells visitors and articles apart', () => {
    const d = new MemoryDedupe();
    expect(d.firstSeen('a\nstory', T0)).toBe(true);
    expect(d.firstSeen('b\nstory', T0)).toBe(true);
    expect(d.firstSeen('a\nother', T0)).toBe(true);
  });

  it('forgets expired entries and never holds more than its bound', () => {
    const d = new MemoryDedupe(30 * MIN, 100);
    for (let i = 0; i < 250; i++) d.firstSeen(`v${i}\nstory`, T0 + i);
    expect(d.size).toBe(100);
    // The oldest went first: v0 counts again, v249 does not.
    expect(d.firstSeen('v249\nstory', T0 + 300)).toBe(false);
    expect(d.firstSeen('v0\nstory', T0 + 300)).toBe(true);
    d.firstSeen('late\nstory', T0 + 30 * MIN + 250);
    expect(d.size).toBe(2); // everything but v0 (re-seen at +300 ms) has expired
  });
});

describe('MemoryDedupe.countUpTo (the readers-per-address cap)', () => {
  it('counts up to the cap within 30 minutes of the first, then again from zero', () => {
    const d = new MemoryDedupe();
    for (let i = 0; i < 3; i++) expect(d.countUpTo('cap:a\nstory', 3, T0 + i)).toBe(true);
    expect(d.countUpTo('cap:a\nstory', 3, T0 + 29 * MIN)).toBe(false);
    expect(d.countUpTo('cap:b\nstory', 3, T0 + 29 * MIN)).toBe(true);
    expect(d.countUpTo('cap:a\nstory', 3, T0 + 30 * MIN)).toBe(true);
  });

  it('never holds more than its bound, flooded with addresses', () => {
    const d = new MemoryDedupe(30 * MIN, 100);
    for (let i = 0; i < 5000; i++) d.countUpTo(`cap:v${i}\nstory`, 3, T0 + i);
    expect((d as unknown as { counts: Map<string, unknown> }).counts.size).toBe(100);
  });
});

describe('salts', () => {
  it('rotate every 30 minutes and keep only the previous one', () => {
    const s = new RotatingSalt();
    const a = s.at(T0);
    expect(s.at(T0 + 29 * MIN).current).toBe(a.current);
    const b = s.at(T0 + 30 * MIN);
    expect(b.current).not.toBe(a.current);
    expect(b.previous).toBe(a.current);
    expect(s.at(T0 + 90 * MIN).previous).toBeUndefined(); // an epoch was skipped: nothing to carry over
  });

  it('hash the visitor, so the address appears nowhere', () => {
    const h = visitorHash('salt', '203.0.113.9\nUA\nstory');
    expect(h).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(h).not.toContain('203');
    expect(visitorHash('other salt', '203.0.113.9\nUA\nstory')).not.toBe(h);
  });
});
