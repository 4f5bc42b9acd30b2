import type { Locale } from '@/i18n/locales';
import { BidiText } from '../../text/BidiText';

export function QuoteBlock({ text, cite, locale }: { text: string; cite?: string; locale: Locale }) {
  return (
    <figure className="border-s-4 border-accent ps-4">
      <blockquote className="text-[1.1em] font-bold leading-relaxed">
        <p>
          <BidiText text={text} locale={locale} />
        </p>
      </blockquote>
      {cite && (
        <figcaption className="mt-1 text-[0.85em] text-muted">
          — <BidiText text={cite} locale={locale} />
        </figcaption>
      )}
    </figure>
  );
}
