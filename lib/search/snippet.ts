// The part of a story to show under a search result: the summary when it matched,
// else the first paragraph that did, cut around the first match.
import type { Article } from '@/lib/content/types';
import { highlight, type Segment } from './highlight';

const MAX = 240;

export function snippet(a: Article, terms: string[]): Segment[] | undefined {
  const texts = [a.summary, ...a.body.flatMap((b) => (b.type === 'paragraph' || b.type === 'quote' ? [b.text] : []))].filter(Boolean) as string[];
  for (const text of texts) {
    const segments = highlight(text, terms);
    const at = segments.findIndex((s) => s.match);
    if (at === -1) continue;
    if (text.length <= MAX) return segments;
    // Keep a little context before the first match, then cut at MAX characters.
    const before = segments.slice(0, at).map((s) => s.text).join('');
    const start = Math.max(0, before.length - 60);
    return clip(segments, start, start + MAX);
  }
  return a.summary ? [{ text: a.summary, match: false }] : undefined;
}

function clip(segments: Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const s of segments) {
    const end = pos + s.text.length;
    if (end > from && pos < to) out.push({ text: s.text.slice(Math.max(0, from - pos), Math.min(s.text.length, to - pos)), match: s.match });
    pos = end;
  }
  if (from > 0) out.unshift({ text: '… ', match: false });
  if (to < pos) out.push({ text: ' …', match: false });
  return out;
}
