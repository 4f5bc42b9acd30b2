// What of an article is searchable, and how much each part weighs.
import type { Article } from '@/lib/content/types';

export const FIELDS = ['title', 'summary', 'body', 'tags'] as const;
export type Field = (typeof FIELDS)[number];

/** A word in the title counts three times one in the body. */
export const BOOST: Record<Field, number> = { title: 3, summary: 2, body: 1, tags: 2 };

/**
 * The text of one field. The body is the text of its paragraphs, headings, quotes and
 * list items, cut after `maxBody` characters: the opening of a story says what it is
 * about, and the tail of long stories is what makes a large index slow and heavy.
 */
export function fieldText(a: Article, field: string, maxBody: number): string | undefined {
  switch (field) {
    case 'title':
      return a.title;
    case 'summary':
      return a.summary;
    case 'tags':
      return a.tags?.join('\n');
    case 'body':
      return bodyText(a, maxBody);
    default:
      return undefined;
  }
}

function bodyText(a: Article, maxBody: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of a.body) {
    if (length >= maxBody) break;
    const text = block.type === 'list' ? block.items.join('\n') : block.type === 'image' ? '' : block.text;
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
  }
  const joined = parts.join('\n');
  if (joined.length <= maxBody) return joined;
  // Cut before the word the limit falls in, not inside it.
  const cut = joined.slice(0, maxBody + 1);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : joined.slice(0, maxBody);
}
