import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SideBySide } from '@/components/bilingual/SideBySide';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { localePath } from '@/i18n/paths';
import { isLocale } from '@/i18n/locales';
import { loadBoth } from '@/lib/loaders/article';
import { bothPath, storyPath } from '@/lib/paths';

// A story beside its translation. Readers reach it as the article's URL with ?view=both:
// proxy.ts rewrites that here so the page can still be served statically.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/[section]/[id]/both'>['params']) {
  const { locale, section, id } = await params;
  const data = isLocale(locale) ? await loadBoth(locale, section, id) : undefined;
  if (!isLocale(locale) || !data) notFound();
  return { locale, data };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]/both'>): Promise<Metadata> {
  const { locale, data } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Article' });
  return {
    title: `${data.article.title} — ${t('bothTitle')}`,
    alternates: { canonical: data.canonical },
    robots: { index: false, follow: true },
  };
}

export default async function BothPage({ params }: PageProps<'/[locale]/[section]/[id]/both'>) {
  const { locale, data } = await load(params);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader
        locale={locale}
        nav={data.nav}
        current={data.article.section}
        switchHref={bothPath(data.translation)}
        liteHref={localePath(locale, `/lite${storyPath(data.article)}`)}
      />
      <SideBySide article={data.article} translation={data.translation} locale={locale} />
    </>
  );
}
