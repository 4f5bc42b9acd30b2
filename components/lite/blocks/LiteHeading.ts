import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteText } from '../LiteText';

/** A sub-heading inside the story: h2 under the headline. */
export function LiteHeading({ text, locale }: { text: string; locale: Locale }): Html {
  return html`<h2 class="sub">${LiteText({ text, locale })}</h2>`;
}
