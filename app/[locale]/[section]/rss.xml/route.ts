import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/i18n/locales';
import { loadFeed } from '@/lib/loaders/feeds';
import { loadSections } from '@/lib/loaders/shared';
import { rssFeed, rssResponse } from '@/lib/seo/rss';

export const revalidate = 30;

export async function generateStaticParams() {
  return (await loadSections()).flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/[section]/rss.xml'>) {
  const { locale, section } = await params;
  const feed = isLocale(locale) ? await loadFeed(locale, section) : undefined;
  if (!feed) notFound();
  return rssResponse(rssFeed(feed));
}
