import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '@/i18n/locales';
import { renderTime } from '@/lib/clock';
import { formatFullDate, formatHijri } from '@/lib/format/dates';

/**
 * Today's date in the header. Arabic shows the Hijri (Umm al-Qura) date beside the
 * Gregorian one; English prints it too but shows it only when the reader asks for it
 * (the `data-hijri` switch on <html>).
 */
export async function TodayDate({ locale, now = renderTime() }: { locale: Locale; now?: number }) {
  const t = await getTranslations({ locale, namespace: 'Time' });
  const always = localeConfig[locale].secondCalendar !== null;
  return (
    <p className="text-sm text-muted" data-testid="today">
      <time dateTime={new Date(now).toISOString().slice(0, 10)}>{formatFullDate(now, locale)}</time>
      <span className={always ? '' : 'hijri-optional'} data-testid="hijri" title={t('hijriNote')}>
        <span aria-hidden="true"> · </span>
        {formatHijri(now, locale)}
      </span>
    </p>
  );
}
