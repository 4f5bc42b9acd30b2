// Everything that differs per language lives here, and only here: direction, the
// Intl locale (digits and month names), the calendar shown beside the Gregorian one.
// Components ask this file; they never test `locale === 'ar'` themselves. (The font
// faces are in lib/fonts.ts, which next/font requires to be a module of its own.)

export const locales = ['ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ar';

export type LocaleConfig = {
  /** Writing direction of the interface and of text in this language. */
  dir: 'rtl' | 'ltr';
  /** BCP 47 tag used for every Intl formatter: Maghreb month names, Western digits. */
  intl: string;
  /** Open Graph locale. */
  og: string;
  /** Shown beside the Gregorian date in the header (null: only on request). */
  secondCalendar: 'islamic-umalqura' | null;
  /** The face whose regular weight the page preloads (lib/arabic-font.ts); English uses next/font's. */
  preloadFace: 'arabic' | null;
};

export const localeConfig: Record<Locale, LocaleConfig> = {
  ar: { dir: 'rtl', intl: 'ar-MA-u-nu-latn', og: 'ar_MA', secondCalendar: 'islamic-umalqura', preloadFace: 'arabic' },
  en: { dir: 'ltr', intl: 'en-GB', og: 'en_GB', secondCalendar: null, preloadFace: null },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ar' ? 'en' : 'ar';
}

/** One fixed zone for every date on the site, so server and browsers print the same. */
export const timeZone = process.env.NEXT_PUBLIC_TIME_ZONE || process.env.TIME_ZONE || 'Africa/Casablanca';

/** Name of the cookie that remembers the reader's language. */
export const localeCookie = 'NEXT_LOCALE';
