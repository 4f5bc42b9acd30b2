import type { Locale } from '@/i18n/locales';
import { html, type Html } from '@/lib/lite/html';
import type { LiteBlock } from '@/lib/lite/types';
import { LiteHeading } from './blocks/LiteHeading';
import { LiteListBlock } from './blocks/LiteListBlock';
import { LiteParagraph } from './blocks/LiteParagraph';
import { LitePicture } from './blocks/LitePicture';
import { LiteQuote } from './blocks/LiteQuote';
import { LiteText } from './LiteText';

/** One component per block type, as on the full page. */
export function LiteBlockView({ block, locale, pictureLabel }: { block: LiteBlock; locale: Locale; pictureLabel: string }): Html {
  switch (block.type) {
    case 'paragraph':
      return LiteParagraph({ text: block.text, locale });
    case 'heading':
      return LiteHeading({ text: block.text, locale });
    case 'quote':
      return LiteQuote({ text: block.text, cite: block.cite, locale });
    case 'list':
      return LiteListBlock({ items: block.items, ordered: block.ordered, locale });
    case 'image':
      return LitePicture({ href: block.href, alt: block.alt, caption: block.caption, credit: block.credit, label: pictureLabel, locale });
  }
}

/** The whole body; the dateline opens the first paragraph, as in print. */
export function LiteBody({ blocks, dateline, locale, pictureLabel }: { blocks: LiteBlock[]; dateline?: string; locale: Locale; pictureLabel: string }): Html {
  const [first, ...rest] = blocks;
  const lead = dateline ? html`<strong class="dl" data-testid="dateline">${LiteText({ text: dateline, locale })} — </strong>` : undefined;
  if (first?.type === 'paragraph') {
    return html`<div class="body" data-testid="article-body">${LiteParagraph({ text: first.text, locale, lead })}${rest.map((block) => LiteBlockView({ block, locale, pictureLabel }))}</div>`;
  }
  return html`<div class="body" data-testid="article-body">${lead ? html`<p>${lead}</p>` : ''}${blocks.map((block) => LiteBlockView({ block, locale, pictureLabel }))}</div>`;
}
