import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/chrome/NotFoundView';
import { isLocale, defaultLocale } from '@/i18n/locales';

// A page that found nothing while rendering (proxy.ts answers most unknown addresses
// before that, through app/not-found.tsx).
export default async function NotFound() {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return <NotFoundView locale={locale} text={{ title: t('title'), body: t('body'), home: t('home') }} />;
}
