// Read counts per UTC day, per locale, per article: what the file store keeps in memory
// and writes as its snapshot.
import { isDayKey, type DayKey } from './days';

export type Snapshot = { version: 1; days: Record<DayKey, Record<string, Record<string, number>>> };

export class DayTally {
  private days = new Map<DayKey, Map<string, Map<string, number>>>();

  add(day: DayKey, locale: string, id: string, n = 1): void {
    let locales = this.days.get(day);
    if (!locales) this.days.set(day, (locales = new Map()));
    let counts = locales.get(locale);
    if (!counts) locales.set(locale, (counts = new Map()));
    counts.set(id, (counts.get(id) ?? 0) + n);
  }

  /** Forgets every day before `first`. True when something went. */
  prune(first: DayKey): boolean {
    let removed = false;
    for (const day of this.days.keys())
      if (day < first) {
        this.days.delete(day);
        removed = true;
      }
    return removed;
  }

  /** Reads per article of a locale, summed over `days`. */
  totals(locale: string, days: readonly DayKey[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const day of days)
      for (const [id, n] of this.days.get(day)?.get(locale) ?? []) out.set(id, (out.get(id) ?? 0) + n);
    return out;
  }

  /** Every count added up: what a benchmark compares with the beacons it got accepted. */
  sum(): number {
    let total = 0;
    for (const locales of this.days.values()) for (const counts of locales.values()) for (const n of counts.values()) total += n;
    return total;
  }

  dayKeys(): DayKey[] {
    return [...this.days.keys()].sort();
  }

  toSnapshot(): Snapshot {
    const days: Snapshot['days'] = {};
    for (const day of this.dayKeys()) {
      const locales: Record<string, Record<string, number>> = {};
      for (const [locale, counts] of this.days.get(day)!) locales[locale] = Object.fromEntries(counts);
      days[day] = locales;
    }
    return { version: 1, days };
  }

  static fromSnapshot(s: Snapshot): DayTally {
    const t = new DayTally();
    for (const [day, locales] of Object.entries(s.days))
      for (const [locale, counts] of Object.entries(locales)) for (const [id, n] of Object.entries(counts)) t.add(day, locale, id, n);
    return t;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a snapshot file's text; throws on anything that is not a whole, valid snapshot. */
export function parseSnapshot(text: string): Snapshot {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.days)) throw new Error('not a version 1 snapshot');
  for (const [day, locales] of Object.entries(value.days)) {
    if (!isDayKey(day) || !isRecord(locales)) throw new Error(`bad day "${day}"`);
    for (const counts of Object.values(locales)) {
      if (!isRecord(counts)) throw new Error(`bad counts on ${day}`);
      for (const n of Object.values(counts))
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error(`bad count on ${day}`);
    }
  }
  return value as Snapshot;
}
