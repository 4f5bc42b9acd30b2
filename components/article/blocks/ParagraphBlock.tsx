import type { Locale } from '@/i18n/locales';
import { BidiText } from '../../text/BidiText';

export function ParagraphBlock({ text, locale }: { text: string; locale: Locale }) {
  return (
    <p>
      <BidiText text={text} locale={locale} />
    </p>
  );
}
