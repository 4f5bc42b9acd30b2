import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleMain } from '@/components/article/ArticleMain';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SharedBanner } from '@/components/preview/SharedBanner';
import { isLocale, type Locale } from '@/i18n/locales';
import { loadSharedStory } from '@/lib/loaders/share-link';

// A share link (lib/preview/share): checked by proxy.ts first, rendered for each request,
// never stored (proxy.ts marks it private, no-store), never indexed, no Referer sent.
export const dynamic = 'force-dynamic';

async function find(params: PageProps<'/[locale]/shared/[token]'>['params']) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const data = await loadSharedStory(locale, token);
  if (!data) notFound();
  return { locale: locale as Locale, data };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/shared/[token]'>): Promise<Metadata> {
  const { data } = await find(params);
  return { title: data.article.title, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function SharedStoryPage({ params }: PageProps<'/[locale]/shared/[token]'>) {
  const { locale, data } = await find(params);
  setRequestLocale(locale);
  return (
    <>
      <SharedBanner locale={locale} expires={data.expires} />
      <SiteHeader locale={locale} nav={data.nav} current={data.section.id} switchHref={data.switchHref} />
      <ArticleMain data={data} locale={locale} />
    </>
  );
}
