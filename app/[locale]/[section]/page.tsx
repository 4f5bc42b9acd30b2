import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SectionFeed } from '@/components/section/SectionFeed';
import { isLocale, locales } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { currentView } from '@/lib/content/view';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 30;

export function generateStaticParams() {
  return getStore()
    .sections()
    .flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]'>): Promise<Metadata> {
  const { locale, section: id } = await params;
  const section = getStore().section(id);
  if (!isLocale(locale) || !section) return {};
  return pageMetadata({ locale, path: `/${id}`, title: section.name[locale], alternate: `/${id}`, feedOf: section });
}

// Page 1 of a section. Later pages (?page=N) are rewritten by proxy.ts to ./P/[page].
export default async function SectionPage({ params }: PageProps<'/[locale]/[section]'>) {
  const { locale, section: id } = await params;
  const section = getStore().section(id);
  if (!isLocale(locale) || !section) notFound();
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} current={id} switchHref={`/${id}`} />
      <SectionFeed section={section} locale={locale} page={1} view={await currentView()} />
    </>
  );
}
