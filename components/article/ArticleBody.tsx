import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import type { Block } from '@/lib/content/types';
import { HeadingBlock } from './blocks/HeadingBlock';
import { ImageBlock } from './blocks/ImageBlock';
import { ListBlock } from './blocks/ListBlock';
import { ParagraphBlock } from './blocks/ParagraphBlock';
import { QuoteBlock } from './blocks/QuoteBlock';

/** One component per block type; the union is checked by the schema, so this is exhaustive. */
export function BodyBlock({ block, locale }: { block: Block; locale: Locale }) {
  switch (block.type) {
    case 'paragraph':
      return <ParagraphBlock text={block.text} locale={locale} />;
    case 'heading':
      return <HeadingBlock text={block.text} locale={locale} />;
    case 'quote':
      return <QuoteBlock text={block.text} cite={block.cite} locale={locale} />;
    case 'list':
      return <ListBlock items={block.items} ordered={block.ordered} locale={locale} />;
    case 'image':
      return <ImageBlock image={block} locale={locale} />;
  }
}

/** The story's blocks; `lead` (hero and meta) opens the same container, see ArticleView. */
export function ArticleBody({ blocks, locale, lead }: { blocks: Block[]; locale: Locale; lead?: ReactNode }) {
  return (
    <div className="article-body grid gap-5 leading-[inherit]" data-testid="article-body">
      {lead}
      {blocks.map((block, i) => (
        <BodyBlock key={i} block={block} locale={locale} />
      ))}
    </div>
  );
}
