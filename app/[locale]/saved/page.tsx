import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { SavedList } from '@/components/offline/SavedList';
import { isLocale, localeConfig, timeZone } from '@/i18n/locales';
import { loadSections, navOf } from '@/lib/loaders/shared';

// The same page for everyone (the list comes from the reader's device), so it is static and
// the service worker keeps it for reading offline.
export async function generateMetadata({ params }: PageProps<'/[locale]/saved'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('savedTitle'), robots: { index: false, follow: true } };
}

export default async function SavedPage({ params }: PageProps<'/[locale]/saved'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Offline' }), loadSections()]);
  return (
    <>
      <SiteHeader locale={locale} nav={navOf(sections, locale)} current={null} switchHref="/saved" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-3xl font-bold">{t('savedTitle')}</h1>
        <p className="mt-2 mb-6 text-muted">{t('savedIntro')}</p>
        <SavedList
          locale={locale}
          intl={localeConfig[locale].intl}
          timeZone={timeZone}
          labels={{
            empty: t('savedEmpty'),
            unsupported: t('unsupported'),
            remove: t('remove'),
            removeLabel: t('removeLabel', { title: '{title}' }),
            savedOn: t('savedOn', { date: '{date}' }),
            removed: t('removedStatus'),
          }}
        />
      </main>
    </>
  );
}
