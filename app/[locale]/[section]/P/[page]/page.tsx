import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SectionFeed } from '@/components/section/SectionFeed';
import { isLocale, type Locale } from '@/i18n/locales';
import { SECTION_PAGE_SIZE, parsePage } from '@/lib/http/page-param';
import { getStore } from '@/lib/content/store';
import { currentView } from '@/lib/content/view';
import { pageMetadata } from '@/lib/seo/metadata';

// Later pages of a section feed. Readers reach them as /{locale}/{section}?page=N:
// proxy.ts rewrites that URL here so that these pages, too, are served statically.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

async function load(params: PageProps<'/[locale]/[section]/P/[page]'>['params']) {
  const { locale, section: id, page: raw } = await params;
  const section = getStore().section(id);
  const page = parsePage(raw);
  if (!isLocale(locale) || !section || page === null || page < 2) notFound();
  const view = await currentView();
  const { pages } = getStore().sectionPage(locale, id, page, SECTION_PAGE_SIZE, view);
  if (page > pages) notFound();
  return { locale: locale as Locale, section, page, view };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/P/[page]'>): Promise<Metadata> {
  const { locale, section, page } = await load(params);
  const t = await getTranslations({ locale, namespace: 'Section' });
  return pageMetadata({ locale, path: `/${section.id}?page=${page}`, title: t('pageTitle', { section: section.name[locale], page: String(page) }), feedOf: section });
}

export default async function SectionLaterPage({ params }: PageProps<'/[locale]/[section]/P/[page]'>) {
  const { locale, section, page, view } = await load(params);
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} current={section.id} switchHref={`/${section.id}`} />
      <SectionFeed section={section} locale={locale} page={page} view={view} />
    </>
  );
}
