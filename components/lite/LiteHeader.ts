import { html, type Html } from '@/lib/lite/html';
import type { LiteFrame } from '@/lib/lite/types';

/** Masthead, the full version of this page, the other language, and the sections: lite links only. */
export function LiteHeader({ frame }: { frame: LiteFrame }): Html {
  const { labels, other } = frame;
  return html`<a class="skip" href="#main">${labels.skip}</a><header><a class="brand" href="${frame.home}">${labels.site}<small>${labels.edition}</small></a><ul class="tools"><li><a href="${frame.fullHref}" data-testid="full-version">${labels.fullVersion}</a></li><li><a href="${other.href}" hreflang="${other.lang}" lang="${other.lang}" dir="${other.dir}" aria-label="${other.aria}" data-testid="language-switch">${other.label}</a></li></ul><nav aria-label="${labels.sections}"><ul>${frame.sections.map(
    (s) => html`<li><a href="${s.href}"${s.current ? html` aria-current="page"` : ''}>${s.name}</a></li>`,
  )}</ul></nav></header>`;
}
