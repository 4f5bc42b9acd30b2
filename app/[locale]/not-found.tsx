import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMain } from '@/components/chrome/NotFoundView';
import { isLocale, defaultLocale } from '@/i18n/locales';

// A page that found nothing while rendering: a story deleted between proxy.ts's check and
// the render, or at a revalidation (proxy.ts answers unknown addresses before that, with the
// whole frame, through app/global-not-found.tsx). Next puts this boundary in the payload of
// every page of the language, rendered: so no header here, only the message in the
// layout's frame (its footer), not a second copy of the section menu on every page.
export default async function NotFound() {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return <NotFoundMain locale={locale} text={{ title: t('title'), body: t('body'), home: t('home') }} />;
}
