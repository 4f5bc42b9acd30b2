import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { LiteDocument } from '../lite/LiteDocument';

/** "This link has ended": a plain page, no script, no picture, nothing of any story. */
export function ShareEndedPage({ locale, dir, title, body, home, homeHref }: { locale: Locale; dir: 'rtl' | 'ltr'; title: string; body: string; home: string; homeHref: string }): Html {
  return LiteDocument({
    locale,
    dir,
    title,
    body: html`<main id="main"><h1>${title}</h1><p>${body}</p><p><a href="${homeHref}">${home}</a></p></main>`,
  });
}
