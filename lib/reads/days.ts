// Reads are bucketed by UTC day. UTC keeps buckets the same length all year (no DST)
// and the same on every server; the window is a number of whole UTC days, today included.
import { DAY_MS } from './settings';

export type DayKey = string; // YYYY-MM-DD

export function dayKey(ms: number): DayKey {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Start of the day, in epoch ms. */
export function dayStart(day: DayKey): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The days that rank at `now`, oldest first: today and the `days - 1` before it. */
export function windowDayKeys(now: number, days: number): DayKey[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return Array.from({ length: days }, (_, i) => dayKey(today - (days - 1 - i) * DAY_MS));
}

export const isDayKey = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(dayStart(s));
