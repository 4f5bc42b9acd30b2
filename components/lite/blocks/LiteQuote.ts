import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteText } from '../LiteText';

export function LiteQuote({ text, cite, locale }: { text: string; cite?: string; locale: Locale }): Html {
  return html`<figure class="quote"><blockquote><p>${LiteText({ text, locale })}</p></blockquote>${
    cite ? html`<figcaption>— ${LiteText({ text: cite, locale })}</figcaption>` : ''
  }</figure>`;
}
