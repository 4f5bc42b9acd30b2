import type { Locale } from '@/i18n/locales';
import { formatDateTime } from '@/lib/format/dates';
import { timeLabel } from '@/lib/format/time-label';

/** A story's time as a <time>: relative while fresh, the exact time in datetime and title. */
export async function TimeLabel({ ms, locale, withTime = false }: { ms: number; locale: Locale; withTime?: boolean }) {
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatDateTime(ms, locale)}>
      {await timeLabel(ms, locale, { withTime })}
    </time>
  );
}
