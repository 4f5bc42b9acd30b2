// The installable web app, one per language: its name, direction and start page are the
// language's, so an installed Sahifa opens in the language it was installed from.
import { getTranslations } from 'next-intl/server';
import { isLocale, localeConfig, locales } from '@/i18n/locales';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const manifest = {
    id: `/${locale}`,
    name: t('name'),
    short_name: t('name'),
    description: t('description'),
    lang: locale,
    dir: localeConfig[locale].dir,
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a1161c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
}
