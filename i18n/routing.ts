import { defineRouting } from 'next-intl/routing';
import { defaultLocale, localeCookie, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // proxy.ts handles `/` and the cookie itself; next-intl only builds links.
  localeDetection: false,
  localeCookie: { name: localeCookie, maxAge: 60 * 60 * 24 * 365 },
  alternateLinks: false,
});
