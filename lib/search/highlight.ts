// Marks the words of an original text (diacritics, prefixes and all) that a search
// matched, by putting each word through the same steps as the index.
import type { Locale } from '@/i18n/locales';
import { MIN_PREFIX } from './query';
import { WORD, tokenize, wordTerms } from './tokenize';

export type Segment = { text: string; match: boolean };

/**
 * Splits `text` into runs, `match: true` for the words that match `terms` (the `terms`
 * of a search result: the query's words, normalised). A word matches as it does in
 * search: it shares a form with a query word (see arabic.ts), or, for the last query
 * word, one of its forms starts with that word's term (prefix search). Normalisation
 * goes by each word's script, so `locale` changes nothing yet; it is part of the
 * signature so that pages need not change if it ever does.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
export function highlight(text: string, terms: string[], locale?: Locale): Segment[] {
  const exact = new Set<string>();
  let prefix: string | undefined;
  // search() gives the words normalised already; tokenize() keeps them as they are and
  // makes raw words from elsewhere safe too.
  const words = terms.flatMap(tokenize);
  words.forEach((word, i) => {
    const t = wordTerms(word);
    if (!t) return;
    exact.add(t.term);
    for (const v of t.variants) exact.add(v);
    if (i === words.length - 1 && t.term.length >= MIN_PREFIX) prefix = t.term;
  });
  const matches = (original: string) =>
    // One original word is one normalised word, except for a rare compatibility
    // character (a ligature) that normalises into several.
    tokenize(original).some((word) => {
      const t = wordTerms(word);
      if (!t) return false;
      return [t.term, ...t.variants].some((f) => exact.has(f) || (prefix !== undefined && f.startsWith(prefix)));
    });

  const out: Segment[] = [];
  const push = (part: string, match: boolean) => {
    const prev = out.at(-1);
    if (prev && prev.match === match && !match) prev.text += part;
    else out.push({ text: part, match });
  };
  let at = 0;
  if (exact.size) {
    for (const m of text.matchAll(WORD)) {
      if (!matches(m[0])) continue;
      if (m.index > at) push(text.slice(at, m.index), false);
      push(m[0], true);
      at = m.index + m[0].length;
    }
  }
  if (at < text.length) push(text.slice(at), false);
  return out;
}
