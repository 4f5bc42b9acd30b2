import { isLocale, type Locale } from '@/i18n/locales';

/** Set by proxy.ts on a request it answers with the not-found page: that page's language. */
export const NOT_FOUND_LOCALE_HEADER = 'x-sahifa-not-found-locale';

/** The language the not-found page is asked in, or null (an address outside any language). */
export function notFoundLocale(headers: Headers): Locale | null {
  const value = headers.get(NOT_FOUND_LOCALE_HEADER);
  return isLocale(value) ? value : null;
}
