// Full-text search terms for PostgreSQL, made by the same code as the in-memory index
// (lib/search: normalisation, Arabic prefixes, English stems), so both sources agree on
// what a word is. The database gets finished lexemes: a tsvector literal at sync time and
// a tsquery literal at query time, never its own parser or dictionaries.
import type { Article } from '../types';
import { fieldText, type BodyLimits } from '@/lib/search/fields';
import { MIN_PREFIX, type QueryWord } from '@/lib/search/query';
import { DEFAULT_LEAD_CHARS, DEFAULT_MAX_BODY_CHARS } from '@/lib/search/search-index';
import { tokenize, wordTerms } from '@/lib/search/tokenize';

export const LIMITS: BodyLimits = { lead: DEFAULT_LEAD_CHARS, max: DEFAULT_MAX_BODY_CHARS };

/**
 * Weights: A the title, B the summary and tags, C the lead of the body, D the rest. A
 * first query looks in A–C only (the in-memory index's lead fields), see search.ts.
 */
const WEIGHTED: [field: string, weight: 'A' | 'B' | 'C' | 'D'][] = [
  ['title', 'A'],
  ['summary', 'B'],
  ['tags', 'B'],
  ['body', 'C'],
  ['more', 'D'],
];
/** Positions kept per lexeme: ts_rank counts a few, a tsvector holds at most 256. */
const MAX_POSITIONS = 16;
const MAX_POSITION = 16_383;

/** A lexeme as tsvector/tsquery input reads it. */
export const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The story's search vector, as tsvector input ('term':1A,5C 'other':2B …). */
export function searchVector(a: Article): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  for (const [field, weight] of WEIGHTED) {
    const text = fieldText(a, field, LIMITS);
    if (!text) continue;
    for (const word of tokenize(text)) {
      pos = Math.min(pos + 1, MAX_POSITION);
      const forms = wordTerms(word)?.stored;
      if (!forms) continue;
      for (const term of typeof forms === 'string' ? [forms] : forms) {
        // A lexeme is at most 2 KB (500 characters are at most 2,000 bytes); no word comes near it.
        if (term.length > 500) continue;
        let list = positions.get(term);
        if (!list) positions.set(term, (list = []));
        if (list.length < MAX_POSITIONS) list.push(pos + weight);
      }
    }
  }
  return [...positions].map(([term, list]) => `${quote(term)}:${list.join(',')}`).join(' ');
}

export type QueryShape = { all: boolean; variants: boolean; lead: boolean };

/**
 * The tsquery of a reader's words: every word (or any, `all: false`) by its term, and, with
 * `variants`, its shorter forms; the last word also as a prefix, as in lib/search/query.ts.
 * `lead` keeps to the title, summary, tags and lead (weights A–C).
 */
export function searchQuery(words: readonly QueryWord[], shape: QueryShape): string {
  const w = shape.lead ? 'ABC' : '';
  return words
    .map((word, i) => {
      const prefix = i === words.length - 1 && word.term.length >= MIN_PREFIX ? '*' : '';
      const own = `${quote(word.term)}${prefix || w ? `:${prefix}${w}` : ''}`;
      const forms = shape.variants ? [own, ...word.variants.map((v) => `${quote(v)}${w ? `:${w}` : ''}`)] : [own];
      return forms.length > 1 ? `(${forms.join(' | ')})` : own;
    })
    .join(shape.all ? ' & ' : ' | ');
}
