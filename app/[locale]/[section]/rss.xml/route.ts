import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { FEED_SIZE, feedLink, rssFeed, rssResponse } from '@/lib/seo/rss';

export const revalidate = 30;

export function generateStaticParams() {
  return getStore()
    .sections()
    .flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/[section]/rss.xml'>) {
  const { locale, section: id } = await params;
  const store = getStore();
  const section = store.section(id);
  if (!isLocale(locale) || !section) notFound();
  const t = await getTranslations({ locale, namespace: 'Site' });
  return rssResponse(
    rssFeed({
      title: feedLink(locale, t('name'), section).title,
      description: t('description'),
      locale,
      path: `/${locale}/${id}`,
      self: `/${locale}/${id}/rss.xml`,
      articles: store.sectionLatest(locale, id, FEED_SIZE, { preview: false }),
      sectionName: () => section.name[locale],
    }),
  );
}
