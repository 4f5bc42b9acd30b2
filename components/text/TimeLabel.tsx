import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { ageOf, formatDate, formatDateTime, formatNumber } from '@/lib/i18n/dates';

/** A story's time: "3 hours ago" while it is fresh, then its date; the exact time in datetime and title. */
export async function TimeLabel({ ms, locale, withTime = false, now = Date.now() }: { ms: number; locale: Locale; withTime?: boolean; now?: number }) {
  const t = await getTranslations({ locale, namespace: 'Time' });
  const age = ageOf(ms, now);
  const exact = formatDateTime(ms, locale);
  const label =
    age.unit === 'now'
      ? t('justNow')
      : age.unit === 'minutes'
        ? t('minutesAgo', { count: age.count, n: formatNumber(age.count, locale) })
        : age.unit === 'hours'
          ? t('hoursAgo', { count: age.count, n: formatNumber(age.count, locale) })
          : withTime
            ? exact
            : formatDate(ms, locale);
  return (
    <time dateTime={new Date(ms).toISOString()} title={exact}>
      {label}
    </time>
  );
}
