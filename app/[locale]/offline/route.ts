// The offline page's shell, one per language; the service worker keeps it and fills it.
import { getTranslations } from 'next-intl/server';
import { OfflineShell } from '@/components/offline/OfflineShell';
import { isLocale, localeConfig, locales } from '@/i18n/locales';
import { toString } from '@/lib/lite/html';
import { NO_SCRIPT_PAGE_HEADERS } from '@/lib/lite/response';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/offline'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const [t, tSite] = await Promise.all([getTranslations({ locale, namespace: 'Offline' }), getTranslations({ locale, namespace: 'Site' })]);
  const page = OfflineShell({
    data: {
      locale,
      dir: localeConfig[locale].dir,
      labels: {
        site: tSite('name'),
        skip: tSite('skipToContent'),
        title: t('offlineTitle'),
        body: t('offlineBody'),
        saved: t('savedTitle'),
        recent: t('recent'),
        frontPages: t('frontPages'),
        homeAr: t('homeAr'),
        homeEn: t('homeEn'),
        retry: t('retry'),
      },
    },
  });
  return new Response(toString(page), { headers: NO_SCRIPT_PAGE_HEADERS });
}
