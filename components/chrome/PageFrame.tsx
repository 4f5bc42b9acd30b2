import type { ReactNode } from 'react';
import { localeConfig, type Locale } from '@/i18n/locales';
import { latinFont } from '@/lib/fonts';
import { ThemeScript } from './ThemeScript';

/**
 * The document of a page in one language: lang and dir from the locale's config, the theme
 * set before the first paint, and a skip link first. Used by the locale layout and by the
 * not-found page that proxy.ts sends made-up addresses to.
 */
export function PageFrame({ locale, skipLabel, children }: { locale: Locale; skipLabel: string; children: ReactNode }) {
  return (
    <html lang={locale} dir={localeConfig[locale].dir} className={latinFont.variable} suppressHydrationWarning>
      {/* The App Router's document: next/head belongs to the pages router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:p-3 focus:text-accent-ink">
          {skipLabel}
        </a>
        {children}
      </body>
    </html>
  );
}
