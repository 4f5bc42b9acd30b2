import { describe, expect, it } from 'vitest';
import { dayKey, windowDayKeys } from './days';
import { rank } from './ranking';

describe('rank', () => {
  it('orders by reads, ties to the newer article, then to the id', () => {
    const published: Record<string, number> = { old: 1, fresh: 5, b: 3, a: 3 };
    const totals: [string, number][] = [
      ['old', 4],
      ['fresh', 4],
      ['b', 4],
      ['a', 4],
      ['top', 9],
      ['none', 0],
    ];
    expect(rank(totals, (id) => published[id])).toEqual(['top', 'fresh', 'a', 'b', 'old']);
    // Unknown publication times and no lookup at all still give one order.
    expect(rank(totals)).toEqual(['top', 'a', 'b', 'fresh', 'old']);
  });
});

describe('days', () => {
  it('buckets by UTC day', () => {
    expect(dayKey(Date.parse('2025-12-19T23:59:59+00:00'))).toBe('2025-12-19');
    expect(dayKey(Date.parse('2025-12-20T00:30:00+01:00'))).toBe('2025-12-19');
  });

  it('makes a window of whole days, today included', () => {
    expect(windowDayKeys(Date.parse('2025-03-02T10:00:00Z'), 3)).toEqual(['2025-02-28', '2025-03-01', '2025-03-02']);
    expect(windowDayKeys(Date.parse('2025-03-02T10:00:00Z'), 7)).toHaveLength(7);
  });
});
