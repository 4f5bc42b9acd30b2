import { describe, expect, it } from 'vitest';
import { HALF_LIFE_DAYS, TopK, compareRanked, rank, type Ranked } from './rank';

const DAY = 86_400_000;

describe('rank', () => {
  const now = Date.UTC(2026, 5, 1);

  it('doubles a story published now and halves the bonus every half-life', () => {
    expect(rank(10, now, now)).toBeCloseTo(20);
    expect(rank(10, now - HALF_LIFE_DAYS * DAY, now)).toBeCloseTo(15);
    expect(rank(10, now - 2 * HALF_LIFE_DAYS * DAY, now)).toBeCloseTo(12.5);
    expect(rank(10, now - 3650 * DAY, now)).toBeCloseTo(10);
  });

  it('treats a story from the future (preview) as new', () => {
    expect(rank(10, now + DAY, now)).toBeCloseTo(20);
  });

  it('lets a much better match beat a newer one', () => {
    expect(rank(30, now - 365 * DAY, now)).toBeGreaterThan(rank(10, now, now));
  });
});

describe('TopK', () => {
  it('gives the same first k as a full sort', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const list: Ranked<number>[] = Array.from({ length: 5000 }, (_, i) => ({
      item: i,
      rank: Math.round(random() * 50),
      published: Math.round(random() * 1000),
      id: `id-${i}`,
    }));
    const sorted = [...list].sort(compareRanked);
    for (const k of [1, 10, 30, 1000, 6000]) {
      const top = new TopK<number>(k);
      for (const r of list) top.offer(r.item, r.rank, r.published, r.id);
      expect(top.result()).toEqual(sorted.slice(0, k));
    }
  });
});
