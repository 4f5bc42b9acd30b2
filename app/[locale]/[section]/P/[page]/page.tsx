import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SectionFeed } from '@/components/section/SectionFeed';
import { localePath } from '@/i18n/paths';
import { isLocale } from '@/i18n/locales';
import { parsePage } from '@/lib/http/page-param';
import { loadSection } from '@/lib/loaders/section';
import { sectionPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';

// Later pages of a section feed. Readers reach them as /{locale}/{section}?page=N:
// proxy.ts rewrites that URL here so that these pages, too, are served statically.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/[section]/P/[page]'>['params']) {
  const { locale, section, page: raw } = await params;
  const page = parsePage(raw);
  const data = isLocale(locale) && page !== null && page >= 2 ? await loadSection(locale, section, page) : undefined;
  if (!isLocale(locale) || !data) notFound();
  return { locale, data };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/P/[page]'>): Promise<Metadata> {
  const { locale, data } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Section' });
  return pageMetadata({ locale, path: `${sectionPath(data.section.id)}?page=${data.page}`, title: t('pageTitle', { section: data.section.name, page: String(data.page) }), feedOf: data.section });
}

export default async function SectionLaterPage({ params }: PageProps<'/[locale]/[section]/P/[page]'>) {
  const { locale, data } = await load(params);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader
        locale={locale}
        nav={data.nav}
        current={data.section.id}
        switchHref={sectionPath(data.section.id)}
        liteHref={localePath(locale, `/lite${sectionPath(data.section.id)}?page=${data.page}`)}
      />
      <SectionFeed data={data} locale={locale} />
    </>
  );
}
