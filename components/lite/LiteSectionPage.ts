import { html, type Html } from '@/lib/lite/html';
import type { LiteSectionData } from '@/lib/lite/types';
import { LitePage } from './LitePage';
import { LiteStoryItem } from './LiteStoryList';

/** A section's stories, newest first, with plain previous/next links (?page=N). */
export function LiteSectionPage({ data }: { data: LiteSectionData }): Html {
  const { frame, pagination: p } = data;
  return LitePage({
    frame,
    main: html`<h1 data-testid="section-title">${data.heading}</h1>${
      data.items.length === 0 ? html`<p>${data.empty}</p>` : html`<ol class="list" data-testid="feed">${data.items.map((item) => LiteStoryItem({ item, locale: frame.locale }))}</ol>`
    }<nav class="pager" aria-label="${p.label}">${p.previous ? html`<a href="${p.previous.href}" rel="prev">${p.previous.label}</a>` : html`<span></span>`}<span>${p.status}</span>${
      p.next ? html`<a href="${p.next.href}" rel="next" data-testid="next-page">${p.next.label}</a>` : html`<span></span>`
    }</nav>`,
  });
}
