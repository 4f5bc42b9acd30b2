import type { Locale } from '@/i18n/locales';
import { attr, html, trusted, type Html } from '@/lib/lite/html';
import { liteStyle } from './lite-style';

/**
 * The whole document of a page that runs no script: one inline stylesheet, the system's
 * fonts, no icon request (`data:,`), and no image. `canonical`: the full page it stands for.
 */
export function LiteDocument({ locale, dir, title, canonical, body }: { locale: Locale; dir: 'rtl' | 'ltr'; title: string; canonical?: string; body: Html }): Html {
  return html`${trusted('<!doctype html>')}<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><meta name="robots" content="noindex,follow">${
    canonical ? html`<link rel="canonical"${attr('href', canonical)}>` : ''
  }<link rel="icon" href="data:,">${liteStyle}</head><body>${body}</body></html>`;
}
