import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BilingualView } from '@/components/bilingual/BilingualView';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { isLocale, type Locale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { currentView } from '@/lib/content/view';

// A story beside its translation. Readers reach it as the article's URL with ?view=both:
// proxy.ts rewrites that here so the page can still be served statically.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/[section]/[id]/both'>['params']) {
  const { locale, section, id } = await params;
  if (!isLocale(locale)) notFound();
  const view = await currentView();
  const store = getStore();
  const article = store.article(id, view);
  if (!article || article.locale !== locale || article.section !== section) notFound();
  const translation = store.translation(article, view);
  if (!translation) notFound();
  return { locale: locale as Locale, article, translation };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]/both'>): Promise<Metadata> {
  const { locale, article } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Article' });
  return {
    title: `${article.title} — ${t('bothTitle')}`,
    alternates: { canonical: `/${locale}/${article.section}/${article.id}` },
    robots: { index: false, follow: true },
  };
}

export default async function BothPage({ params }: PageProps<'/[locale]/[section]/[id]/both'>) {
  const { locale, article, translation } = await load(params);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} current={article.section} switchHref={`/${translation.section}/${translation.id}?view=both`} liteHref={`/${locale}/lite/${article.section}/${article.id}`} />
      <BilingualView article={article} translation={translation} locale={locale} />
    </>
  );
}
