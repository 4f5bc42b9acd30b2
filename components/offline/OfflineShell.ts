import { LiteDocument } from '@/components/lite/LiteDocument';
import type { Locale } from '@/i18n/locales';
import { html, trusted, type Html } from '@/lib/lite/html';
import { groupHidden, groupMarker } from '@/lib/offline/offline-page';

export type OfflineShellData = {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  labels: { site: string; title: string; body: string; saved: string; recent: string; frontPages: string; homeAr: string; homeEn: string; retry: string; skip: string };
};

/**
 * The offline page, with no script: the service worker serves it in place of a page that is
 * not kept, after filling the two lists (lib/offline/offline-page.ts). "Try again" is an
 * empty link: it points at the page the reader asked for.
 */
export function OfflineShell({ data }: { data: OfflineShellData }): Html {
  const { locale, labels: l } = data;
  const list = (g: 'saved' | 'recent', title: Html | string) =>
    html`<section ${trusted(groupHidden(g))} data-testid="kept-${g}"><h2>${title}</h2><ul class="list kept">${trusted(groupMarker(g))}</ul></section>`;
  return LiteDocument({
    locale,
    dir: data.dir,
    title: l.title,
    body: html`<a class="skip" href="#main">${l.skip}</a><header><a class="brand" href="/${locale}">${l.site}</a></header><main id="main"><h1 data-testid="offline-title">${l.title}</h1><p>${l.body}</p>${list(
      'saved',
      html`<a href="/${locale}/saved">${l.saved}</a>`,
    )}${list('recent', l.recent)}<section data-testid="kept-front"><h2>${l.frontPages}</h2><ul class="list kept"><li><a href="/ar">${l.homeAr}</a></li><li><a href="/en">${l.homeEn}</a></li></ul></section><p><a href="">${l.retry}</a></p></main>`,
  });
}
