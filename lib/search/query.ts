// What a reader typed, as the terms the index is searched with.
import type { Query } from 'minisearch';
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

export type Mode = { combineWith: 'AND' | 'OR'; fuzzy: boolean };

/**
 * A MiniSearch query tree: every word must match (or any, in OR mode), a word matches by
 * its term or, weighted down, by one of its shorter forms. Only the last word's term is
 * a prefix, and only English words are ever fuzzy (Arabic roots are too short for it).
 */
export function buildQuery(words: WordTerms[], mode: Mode): Query {
  return {
    combineWith: mode.combineWith,
    queries: words.map((w, i) => {
      const prefix = i === words.length - 1 && w.term.length >= MIN_PREFIX;
      const fuzzy = mode.fuzzy && w.variants.length === 0 && /^[a-z]{5,}$/.test(w.term) ? 1 : false;
      const own: Query = { queries: [w.term], prefix, fuzzy };
      if (!w.variants.length) return own;
      return { combineWith: 'OR', queries: [own, { queries: w.variants, boostTerm: () => VARIANT_WEIGHT }] };
    }),
  };
}
