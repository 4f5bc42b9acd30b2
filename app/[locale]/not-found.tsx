import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/chrome/NotFoundView';
import { isLocale, defaultLocale } from '@/i18n/locales';
import { loadSections, navOf } from '@/lib/loaders/shared';

// A page that found nothing while rendering (proxy.ts answers most unknown addresses
// before that, through app/global-not-found.tsx).
export default async function NotFound() {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), loadSections()]);
  return <NotFoundView locale={locale} nav={navOf(sections, locale)} text={{ title: t('title'), body: t('body'), home: t('home') }} />;
}
