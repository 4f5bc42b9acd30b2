import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteText } from '../LiteText';

export function LiteListBlock({ items, ordered, locale }: { items: string[]; ordered?: boolean; locale: Locale }): Html {
  const li = items.map((text) => html`<li>${LiteText({ text, locale })}</li>`);
  return ordered ? html`<ol>${li}</ol>` : html`<ul>${li}</ul>`;
}
