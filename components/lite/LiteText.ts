import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import { splitRuns } from '@/lib/text/runs';

/** Store text as text; runs in the other script get their own lang and dir, number ranges stay whole (as BidiText does). */
export function LiteText({ text, locale }: { text: string; locale: Locale }): Html {
  return html`${splitRuns(text, locale).map((r) =>
    r.foreign ? html`<bdi lang="${r.lang}" dir="${r.dir}">${r.text}</bdi>` : r.whole ? html`<span class="nw">${r.text}</span>` : r.text,
  )}`;
}
