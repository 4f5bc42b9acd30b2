// What of an article is searchable, and how much each part weighs.
import type { Article } from '@/lib/content/types';

/**
 * The body is split in two fields: `body`, its opening (the lead, which says what the
 * story is about) and `more`, the rest. A query looks in the lead first and in the rest
 * only when that finds few stories (see TIERS in query.ts): a common word is in the lead
 * of thousands of stories, and reading its postings for whole bodies would be most of
 * the cost of a query, for stories that rank low anyway.
 */
export const FIELDS = ['title', 'summary', 'tags', 'body', 'more'] as const;
export type Field = (typeof FIELDS)[number];
export const LEAD_FIELDS: Field[] = ['title', 'summary', 'tags', 'body'];

/** A word in the title counts three times one in the body. */
export const BOOST: Record<Field, number> = { title: 3, summary: 2, tags: 2, body: 1, more: 1 };

export type BodyLimits = { lead: number; max: number };

/** The text of one field of an article. */
export function fieldText(a: Article, field: string, limits: BodyLimits): string | undefined {
  switch (field) {
    case 'title':
      return a.title;
    case 'summary':
      return a.summary;
    case 'tags':
      return a.tags?.join('\n');
    case 'body':
      return splitBody(a, limits).lead;
    case 'more':
      return splitBody(a, limits).more;
    default:
      return undefined;
  }
}

// MiniSearch asks for the fields of one article one after the other: split it once.
let last: { a: Article; limits: BodyLimits; lead: string; more: string } | undefined;

/** The text of the paragraphs, headings, quotes and list items, cut at word boundaries. */
export function splitBody(a: Article, limits: BodyLimits): { lead: string; more: string } {
  if (last?.a === a && last.limits === limits) return last;
  const parts: string[] = [];
  let length = 0;
  for (const block of a.body) {
    if (length >= limits.max) break;
    const text = block.type === 'list' ? block.items.join('\n') : block.type === 'image' ? '' : block.text;
    if (!text) continue;
    parts.push(text);
    length += text.length + 1;
  }
  const all = cutAt(parts.join('\n'), limits.max);
  const lead = cutAt(all, limits.lead);
  last = { a, limits, lead, more: all.slice(lead.length) };
  return last;
}

/** At most `n` characters, ending before the word the limit falls in. */
function cutAt(text: string, n: number): string {
  if (text.length <= n) return text;
  const space = text.slice(0, n + 1).search(/\s\S*$/);
  return space > 0 ? text.slice(0, space) : text.slice(0, n);
}
