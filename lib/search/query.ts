// What a reader typed, as the terms the index is searched with.
import type { Query } from 'minisearch';
import { FIELDS, LEAD_FIELDS, type Field } from './fields';
import { tokenize, wordTerms, type WordTerms } from './tokenize';

export const MAX_QUERY_LENGTH = 200;
/** Words past this many are ignored: each one is a lookup, and no headline needs more. */
export const MAX_QUERY_WORDS = 10;
/** The last word is matched as a prefix (search as you type) from this length on. */
export const MIN_PREFIX = 3;
/** Weight of a match on a shorter form (ب/ل/و… taken off) against the word itself. */
const VARIANT_WEIGHT = 0.6;

export type QueryProblem = 'empty' | 'too-long';

/** Why a query cannot be searched, or undefined when it can. */
export function queryProblem(query: string): QueryProblem | undefined {
  if (query.length > MAX_QUERY_LENGTH) return 'too-long';
  return parseWords(query).length ? undefined : 'empty';
}

/** A word of the query: as normalised (what highlight() gets back) and its terms. */
export type QueryWord = WordTerms & { word: string };

/** The query's words, without repeats, at most MAX_QUERY_WORDS. */
export function parseWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const word of tokenize(query)) {
    const t = wordTerms(word);
    if (!t || seen.has(t.term)) continue;
    seen.add(t.term);
    out.push({ ...t, word });
    if (out.length === MAX_QUERY_WORDS) break;
  }
  return out;
}

const FEW = 10;

/** How strictly a query is matched; search() relaxes it step by step (see TIERS). */
export type Mode = { combineWith: 'AND' | 'OR'; fields: readonly Field[]; variants: boolean; fuzzy: boolean };

const hasVariants = (words: QueryWord[]) => words.some((w) => w.variants.length > 0);
const hasLongLatin = (words: QueryWord[]) => words.some((w) => /^[a-z]{5,}$/.test(w.term));

/**
 * From strict to loose; a step is taken only when the one before found too little, and
 * its results replace those before (each step finds at least what the one before did).
 *  1. every word, as typed (after normalisation and the article), in the title, summary,
 *     tags and the lead of the body;
 *  2. the same in the whole body, when step 1 found fewer than FEW stories;
 *  3. every word or one of its shorter forms (a letter typed attached: «بباكستان»), when
 *     still fewer than FEW: a word that many stories have as typed is a word, not a
 *     letter plus a word, and looking up its shorter forms would double the cost;
 *  4. any of the words, when no story has them all;
 *  5. near spellings of English words (one edit, words of five letters or more).
 */
export const TIERS: { mode: Mode; when: (found: number, words: QueryWord[]) => boolean }[] = [
  { mode: { combineWith: 'AND', fields: LEAD_FIELDS, variants: false, fuzzy: false }, when: () => true },
  { mode: { combineWith: 'AND', fields: FIELDS, variants: false, fuzzy: false }, when: (n) => n < FEW },
  { mode: { combineWith: 'AND', fields: FIELDS, variants: true, fuzzy: false }, when: (n, w) => n < FEW && hasVariants(w) },
  { mode: { combineWith: 'OR', fields: FIELDS, variants: true, fuzzy: false }, when: (n, w) => n === 0 && w.length > 1 },
  { mode: { combineWith: 'OR', fields: FIELDS, variants: true, fuzzy: true }, when: (n, w) => n === 0 && hasLongLatin(w) },
];

/**
 * A MiniSearch query tree: every word must match (or any, in OR mode); a word matches by
 * its term or, weighted down, one of its shorter forms. Only the last word's term is a
 * prefix, and only English words are ever fuzzy (Arabic stems are too short for it).
 */
export function buildQuery(words: QueryWord[], mode: Mode): Query {
  return {
    combineWith: mode.combineWith,
    fields: [...mode.fields],
    queries: words.map((w, i) => {
      const prefix = i === words.length - 1 && w.term.length >= MIN_PREFIX;
      const fuzzy = mode.fuzzy && /^[a-z]{5,}$/.test(w.term) ? 1 : false;
      const own: Query = { queries: [w.term], prefix, fuzzy };
      if (!mode.variants || !w.variants.length) return own;
      return { combineWith: 'OR', queries: [own, { queries: w.variants, boostTerm: () => VARIANT_WEIGHT }] };
    }),
  };
}
