// What the ended page of a share link says, in the link's language.
import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '@/i18n/locales';

export async function loadShareEnded(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Shared' });
  return { locale, dir: localeConfig[locale].dir, title: t('endedTitle'), body: t('endedBody'), home: t('home'), homeHref: `/${locale}` };
}
