import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { FEED_SIZE, rssFeed, rssResponse } from '@/lib/seo/rss';

export const revalidate = 30;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/rss.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'Site' });
  const store = getStore();
  return rssResponse(
    rssFeed({
      title: t('name'),
      description: t('description'),
      locale,
      path: `/${locale}`,
      self: `/${locale}/rss.xml`,
      articles: store.latest(locale, FEED_SIZE, { preview: false }),
      sectionName: (id) => store.section(id)?.name[locale] ?? id,
    }),
  );
}
