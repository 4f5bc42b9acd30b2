import type { Locale } from '@/i18n/locales';
import type { Segment } from '@/lib/search/highlight';
import { BidiText } from '../text/BidiText';

/** Text with the words a search matched in <mark>; everything stays text. */
export function Highlighted({ segments, locale }: { segments: Segment[]; locale: Locale }) {
  return segments.map((s, i) =>
    s.match ? (
      <mark key={i} className="rounded-sm bg-banner px-0.5 text-ink">
        <BidiText text={s.text} locale={locale} />
      </mark>
    ) : (
      <BidiText key={i} text={s.text} locale={locale} />
    ),
  );
}
