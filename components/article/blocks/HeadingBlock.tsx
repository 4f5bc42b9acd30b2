import type { Locale } from '@/i18n/locales';
import { BidiText } from '../../text/BidiText';

/** A sub-heading inside the story: h2, under the page's one h1 (the headline). */
export function HeadingBlock({ text, locale, id }: { text: string; locale: Locale; id?: string }) {
  return (
    <h2 id={id} className="pt-2 text-[1.3em] font-bold leading-snug">
      <BidiText text={text} locale={locale} />
    </h2>
  );
}
