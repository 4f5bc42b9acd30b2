import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import type { LiteItem, LiteList } from '@/lib/lite/types';
import { LiteText } from './LiteText';
import { LiteTime } from './LiteTime';

export function LiteStoryItem({ item, locale }: { item: LiteItem; locale: Locale }): Html {
  return html`<li data-id="${item.id}"><a href="${item.href}">${LiteText({ text: item.title, locale })}</a> ${LiteTime({ time: item.time })}${
    item.summary ? html`<p>${LiteText({ text: item.summary, locale })}</p>` : ''
  }</li>`;
}

/** A titled list of headlines; nothing when it is empty. */
export function LiteStoryList({ list, locale, testId }: { list: LiteList; locale: Locale; testId: string }): Html {
  if (list.items.length === 0) return html``;
  return html`<section data-testid="${testId}"><h2>${list.href ? html`<a href="${list.href}">${list.title}</a>` : list.title}</h2><ul class="list">${list.items.map(
    (item) => LiteStoryItem({ item, locale }),
  )}</ul></section>`;
}
