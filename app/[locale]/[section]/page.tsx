import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SectionFeed } from '@/components/section/SectionFeed';
import { localePath } from '@/i18n/paths';
import { isLocale, locales } from '@/i18n/locales';
import { loadSection } from '@/lib/loaders/section';
import { loadSections } from '@/lib/loaders/shared';
import { sectionPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 30;

export async function generateStaticParams() {
  return (await loadSections()).flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]'>): Promise<Metadata> {
  const { locale, section: id } = await params;
  const data = isLocale(locale) ? await loadSection(locale, id, 1) : undefined;
  if (!isLocale(locale) || !data) return {};
  return pageMetadata({ locale, path: sectionPath(id), title: data.section.name, alternate: sectionPath(id), feedOf: data.section });
}

// Page 1 of a section. Later pages (?page=N) are rewritten by proxy.ts to ./P/[page].
export default async function SectionPage({ params }: PageProps<'/[locale]/[section]'>) {
  const { locale, section: id } = await params;
  const data = isLocale(locale) ? await loadSection(locale, id, 1) : undefined;
  if (!isLocale(locale) || !data) notFound();
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} nav={data.nav} current={id} switchHref={sectionPath(id)} liteHref={localePath(locale, `/lite${sectionPath(id)}`)} />
      <SectionFeed data={data} locale={locale} />
    </>
  );
}
