import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { ageOf, formatDate, formatDateTime, formatNumber } from './dates';

/** "3 hours ago" while a story is fresh, then its date (and time, where asked). */
export async function timeLabel(ms: number, locale: Locale, { withTime = false, now = Date.now() } = {}): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Time' });
  const age = ageOf(ms, now);
  if (age.unit === 'now') return t('justNow');
  if (age.unit === 'minutes') return t('minutesAgo', { count: age.count, n: formatNumber(age.count, locale) });
  if (age.unit === 'hours') return t('hoursAgo', { count: age.count, n: formatNumber(age.count, locale) });
  return withTime ? formatDateTime(ms, locale) : formatDate(ms, locale);
}
