// From text to index terms. tokenize() normalises a whole field at once (cheaper than
// word by word) and splits it into words; termForms() turns one normalised word into
// the terms stored for it. The query and highlight() use the same two steps.
import { arabicForms } from './arabic';
import { englishStem } from './english';
import { ByteCache, stringBytes } from './byte-cache';
import { isArabic, normalizeText } from './normalize';

/**
 * A word: letters, marks and digits, with an apostrophe allowed between letters
 * (Morocco’s). Marks are part of words so that a diacritised word in the original text
 * is one word; tatweel is a letter (Lm) for the same reason.
 */
export const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:['’][\p{L}\p{M}\p{N}\u200C\u200D]+)*/gu;

/** Normalised words of a text, in order. */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** The one term a query looks a word up by, and the shorter forms it also accepts. */
export type WordTerms = { term: string; variants: string[]; /** both, as the index stores them */ stored: string | string[] };

// The vocabulary of a store is small next to its word count; caching the stems of the
// words seen makes indexing several times faster. Bounded by bytes (~100,000 real words):
// readers' queries go through it too, and junk ones must not fill the heap.
export const WORD_CACHE_BYTES = 16 * 1024 * 1024;
const cache = new ByteCache<WordTerms | null>(WORD_CACHE_BYTES, (word, t) => (t ? stringBytes(word, t.term, ...t.variants) : stringBytes(word)));

/** What the word cache holds (its bound is WORD_CACHE_BYTES). */
export const wordCacheBytes = (): number => cache.bytes;

/** Terms of one normalised word; null for a word too short to search (a lone letter). */
export function wordTerms(word: string): WordTerms | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const value = computeTerms(word);
  cache.set(word, value);
  return value;
}

function computeTerms(word: string): WordTerms | null {
  // A lone letter (و, a, I) is in almost every story and tells nothing; a digit may.
  if (word.length < 2 && !/\d/.test(word)) return null;
  const { term, variants } = isArabic(word) ? arabicForms(word) : { term: englishStem(word), variants: [] };
  if (!term) return null;
  return { term, variants, stored: variants.length ? [term, ...variants] : term };
}

/** Everything the index stores for one normalised word (MiniSearch's processTerm). */
export function termForms(word: string): string | string[] | null {
  return wordTerms(word)?.stored ?? null;
}
