import { describe, expect, it } from 'vitest';
import { ageOf, formatDate, formatDateTime, formatHijri } from './dates';

// 29 November 2026, 10:00 UTC = 11:00 in Casablanca (UTC+1).
const day = Date.UTC(2026, 10, 29, 10, 0);

describe('dates', () => {
  it('writes Arabic dates with Western digits and Maghreb month names', () => {
    expect(formatDate(day, 'ar')).toBe('29 نونبر 2026');
    expect(formatDateTime(day, 'ar')).toMatch(/11:00/);
    expect(formatDateTime(day, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('writes English dates', () => {
    expect(formatDate(day, 'en')).toBe('29 November 2026');
  });

  it('gives the Hijri (Umm al-Qura) date from Intl', () => {
    // 29 Nov 2026 is 19 Jumada al-Akhirah 1448 in the Umm al-Qura calendar.
    expect(formatHijri(day, 'ar')).toMatch(/^19 جمادى الآخرة 1448/);
    expect(formatHijri(day, 'en')).toMatch(/19 Jumada II 1448/);
    // 1 Ramadan 1447 fell on 18 February 2026 (Umm al-Qura).
    expect(formatHijri(Date.UTC(2026, 1, 18, 12), 'ar')).toMatch(/^1 رمضان 1447/);
  });

  it('is relative for the first hours, then a date', () => {
    expect(ageOf(day - 30_000, day)).toEqual({ unit: 'now' });
    expect(ageOf(day - 5 * 60_000, day)).toEqual({ unit: 'minutes', count: 5 });
    expect(ageOf(day - 3 * 3_600_000, day)).toEqual({ unit: 'hours', count: 3 });
    expect(ageOf(day - 13 * 3_600_000, day)).toEqual({ unit: 'date' });
  });
});
