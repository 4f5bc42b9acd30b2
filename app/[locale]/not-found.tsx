import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { Link } from '@/i18n/navigation';
import { isLocale, defaultLocale } from '@/i18n/locales';
import { loadSections, navOf } from '@/lib/loaders/shared';

export default async function NotFound() {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), loadSections()]);
  return (
    <>
      <SiteHeader locale={locale} nav={navOf(sections, locale)} current={null} switchHref="/" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-16" data-testid="not-found">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-lg text-muted">{t('body')}</p>
        <Link href="/" className="mt-6 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-bold text-accent-ink">
          {t('home')}
        </Link>
      </main>
    </>
  );
}
