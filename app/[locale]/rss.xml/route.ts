import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/i18n/locales';
import { loadFeed } from '@/lib/loaders/feeds';
import { rssFeed, rssResponse } from '@/lib/seo/rss';

export const revalidate = 30;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/rss.xml'>) {
  const { locale } = await params;
  const feed = isLocale(locale) ? await loadFeed(locale) : undefined;
  if (!feed) notFound();
  return rssResponse(rssFeed(feed));
}
