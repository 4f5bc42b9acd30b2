import { headers } from 'next/headers';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/chrome/NotFoundView';
import { SiteFooter } from '@/components/chrome/SiteFooter';
import { ThemeScript } from '@/components/chrome/ThemeScript';
import { localeConfig } from '@/i18n/locales';
import { preload } from 'react-dom';
import { ARABIC_FONT_FILES } from '@/lib/arabic-font';
import { latinFont } from '@/lib/fonts';
import { notFoundLocale } from '@/lib/http/not-found';
import { loadSections, navOf } from '@/lib/loaders/shared';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import './globals.css';

const versions = [
  { lang: 'ar', dir: 'rtl', t: ar.NotFound },
  { lang: 'en', dir: 'ltr', t: en.NotFound },
] as const;

/**
 * Every 404. proxy.ts sends an address that names nothing here, with its language when
 * it has one: then the page is that language's, in the site's frame. Outside any language
 * (an unknown locale or path) it says it in both, with a way home.
 */
export default async function GlobalNotFound() {
  const locale = notFoundLocale(await headers());
  if (!locale) {
    return (
      <html lang="ar" dir="rtl">
        <body className="min-h-screen bg-paper text-ink">
          <title>{`${ar.NotFound.title} | ${en.NotFound.title}`}</title>
          <main className="mx-auto grid max-w-xl gap-8 px-4 py-16">
            {versions.map(({ lang, dir, t }, i) => (
              <section key={lang} lang={lang} dir={dir}>
                {i === 0 ? <h1 className="text-3xl font-bold">{t.title}</h1> : <h2 className="text-3xl font-bold">{t.title}</h2>}
                <p className="mt-2">{t.body}</p>
                <Link href={`/${lang}`} className="mt-4 inline-flex min-h-11 items-center font-bold text-accent underline">
                  {t.home}
                </Link>
              </section>
            ))}
          </main>
        </body>
      </html>
    );
  }
  setRequestLocale(locale);
  if (localeConfig[locale].preloadFace === 'arabic') preload(ARABIC_FONT_FILES.regular, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  const [t, tSite, sections] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), getTranslations({ locale, namespace: 'Site' }), loadSections()]);
  const nav = navOf(sections, locale);
  return (
    <html lang={locale} dir={localeConfig[locale].dir} className={latinFont.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">
        <title>{`${t('title')} | ${tSite('name')}`}</title>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:p-3 focus:text-accent-ink">
          {tSite('skipToContent')}
        </a>
        <NotFoundView locale={locale} nav={nav} text={{ title: t('title'), body: t('body'), home: t('home') }} />
        <SiteFooter locale={locale} nav={nav} />
      </body>
    </html>
  );
}
