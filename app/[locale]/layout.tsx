import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorTextProvider } from '@/components/chrome/ErrorText';
import { PreviewBanner } from '@/components/chrome/PreviewBanner';
import { SiteFooter } from '@/components/chrome/SiteFooter';
import { PageFrame } from '@/components/chrome/PageFrame';
import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { preloadFaces } from '@/lib/fonts';
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
  preloadFaces(locale);
  const [{ preview }, sections, t, tError] = await Promise.all([
    requestVisibility(),
    loadSections(),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Error' }),
  ]);
  return (
    <PageFrame locale={locale} skipLabel={t('skipToContent')}>
      {preview && <PreviewBanner locale={locale} />}
      <ErrorTextProvider text={{ title: tError('title'), body: tError('body'), retry: tError('retry'), home: tError('home'), homeHref: `/${locale}` }}>
        {children}
      </ErrorTextProvider>
      <SiteFooter locale={locale} nav={navOf(sections, locale)} />
    </PageFrame>
  );
}
