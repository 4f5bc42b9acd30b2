import type { Locale } from './locales';

/** A path inside a locale (every URL carries it: localePrefix "always"), for client components. */
export function localePath(locale: Locale, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`;
}
