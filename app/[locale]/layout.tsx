import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorTextProvider } from '@/components/chrome/ErrorText';
import { PreviewBanner } from '@/components/chrome/PreviewBanner';
import { SiteFooter } from '@/components/chrome/SiteFooter';
import { ThemeScript } from '@/components/chrome/ThemeScript';
import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { preload } from 'react-dom';
import { ARABIC_FONT_FILES } from '@/lib/arabic-font';
import { latinFont } from '@/lib/fonts';
import { loadSections, navOf } from '@/lib/loaders/shared';
import { requestVisibility } from '@/lib/loaders/visibility';
import { feedLink } from '@/lib/seo/rss';
import { siteUrl } from '@/lib/site';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
};

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    description: t('description'),
    applicationName: t('name'),
    openGraph: { siteName: t('name'), locale: localeConfig[locale].og, type: 'website' },
    twitter: { card: 'summary_large_image' },
    alternates: { types: { 'application/rss+xml': [feedLink(locale, t('name'))] } },
    manifest: `/${locale}/manifest.webmanifest`,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // Arabic text waits for no stylesheet to ask for its face.
  if (localeConfig[locale].preloadFace === 'arabic') preload(ARABIC_FONT_FILES.regular, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  const [{ preview }, sections, t, tError] = await Promise.all([
    requestVisibility(),
    loadSections(),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Error' }),
  ]);
  return (
    <html lang={locale} dir={localeConfig[locale].dir} className={latinFont.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:p-3 focus:text-accent-ink">
          {t('skipToContent')}
        </a>
        {preview && <PreviewBanner locale={locale} />}
        <ErrorTextProvider text={{ title: tError('title'), body: tError('body'), retry: tError('retry'), home: tError('home'), homeHref: `/${locale}` }}>
          {children}
        </ErrorTextProvider>
        <SiteFooter locale={locale} nav={navOf(sections, locale)} />
      </body>
    </html>
  );
}
