import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteText } from '../LiteText';

/**
 * A picture that is not loaded: a link to it, with what it shows (the caption, else its
 * description) beside it, so the reader decides whether it is worth the data.
 */
export function LitePicture({ href, alt, caption, credit, label, locale }: { href: string; alt: string; caption?: string; credit?: string; label: string; locale: Locale }): Html {
  const about = caption || alt;
  return html`<p class="pic"><a href="${href}">${label}</a>${about ? html` <span>${LiteText({ text: about, locale })}</span>` : ''}${
    credit ? html` <span class="meta">${credit}</span>` : ''
  }</p>`;
}
