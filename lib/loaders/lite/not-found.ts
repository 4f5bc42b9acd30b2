// The lite edition's "page not found": the frame, and what to say.
import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { loadSections } from '../shared';
import { liteFrame, liteHome } from './frame';

export async function loadLiteNotFound(locale: Locale) {
  const [sections, t] = await Promise.all([loadSections(), getTranslations({ locale, namespace: 'NotFound' })]);
  return {
    frame: await liteFrame(locale, sections, { title: t('title'), fullPath: `/${locale}`, litePath: liteHome(locale), otherPath: liteHome(otherLocale(locale)), canonical: false }),
    title: t('title'),
    body: t('body'),
    home: t('home'),
  };
}
