import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteText } from '../LiteText';

export function LiteParagraph({ text, locale, lead }: { text: string; locale: Locale; lead?: Html }): Html {
  return html`<p>${lead ?? ''}${LiteText({ text, locale })}</p>`;
}
