// Dates and times in the reader's locale, in the site's one time zone, so that the
// server and every browser print the same thing. Western digits in Arabic come from
// the Intl tag in i18n/locales.ts.
import { localeConfig, timeZone, type Locale } from '@/i18n/locales';

// A formatter costs ~150 µs to make and ~3 µs to use, and a page prints dozens of dates:
// one per (locale, style), made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function made<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatDateTime(ms: number, locale: Locale): string {
  return made(`datetime ${locale}`, () => new Intl.DateTimeFormat(localeConfig[locale].intl, { dateStyle: 'long', timeStyle: 'short', timeZone })).format(ms);
}

export function formatDate(ms: number, locale: Locale): string {
  return made(`date ${locale}`, () => new Intl.DateTimeFormat(localeConfig[locale].intl, { dateStyle: 'long', timeZone })).format(ms);
}

export function formatFullDate(ms: number, locale: Locale): string {
  return made(`full ${locale}`, () => new Intl.DateTimeFormat(localeConfig[locale].intl, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone })).format(ms);
}

/** The Hijri (Umm al-Qura) date, from Intl's calendar: no hand-made conversion. */
export function formatHijri(ms: number, locale: Locale): string {
  const tag = `${localeConfig[locale].intl.split('-u-')[0]}-u-ca-islamic-umalqura-nu-latn`;
  return made(`hijri ${locale}`, () => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone })).format(ms);
}

export function formatNumber(n: number, locale: Locale): string {
  return made(`number ${locale}`, () => new Intl.NumberFormat(localeConfig[locale].intl)).format(n);
}

export type Age = { unit: 'now' } | { unit: 'minutes' | 'hours'; count: number } | { unit: 'date' };

/** Relative for the first hours of a story's life, then a date. */
export function ageOf(ms: number, now: number): Age {
  const minutes = Math.floor((now - ms) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 12) return { unit: 'hours', count: hours };
  return { unit: 'date' };
}

/** An update is worth showing when it came well after publication, not for a typo fix. */
export const SUBSTANTIAL_UPDATE_MS = 15 * 60_000;
