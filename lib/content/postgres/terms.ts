// Full-text search terms for PostgreSQL, made by the same code as the in-memory index
// (lib/search: normalisation, Arabic prefixes, English stems), so both sources agree on
// what a word is. The database gets finished lexemes: a tsvector literal at sync time and
// a tsquery literal at query time, never its own parser or dictionaries.
import type { Article } from '../types';
import { ByteCache, stringBytes } from '@/lib/search/byte-cache';
import { fieldText, type BodyLimits } from '@/lib/search/fields';
import { MIN_PREFIX, type QueryWord } from '@/lib/search/query';
import { DEFAULT_LEAD_CHARS, DEFAULT_MAX_BODY_CHARS } from '@/lib/search/search-index';
import { tokenize, wordTerms } from '@/lib/search/tokenize';

export const LIMITS: BodyLimits = { lead: DEFAULT_LEAD_CHARS, max: DEFAULT_MAX_BODY_CHARS };

/**
 * Weights: A the title, B the summary and tags, C the lead of the body, D the rest. A
 * first query looks in A–C only (the in-memory index's lead fields): the `lead` vector.
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

// Loading an archive makes a million vectors: the text is cut at ASCII white space (which
// normalisation never changes, so the pieces give the same words in the same order as the
// whole), and each distinct piece ("الحكومة،", "Rabat.") is normalised, split and stemmed
// once. Bounded by bytes, as wordTerms' own cache.
type Forms = readonly (readonly string[])[];
const pieces = new ByteCache<Forms>(16 * 1024 * 1024, (piece, forms) => stringBytes(piece, ...forms.flat()) + 32 * forms.length);
const SPACE = /[ \t\n\r]+/;

function pieceForms(piece: string): Forms {
  let forms = pieces.get(piece);
  if (forms) return forms;
  forms = tokenize(piece).map((word) => {
    const stored = wordTerms(word)?.stored;
    // A lexeme is at most 2 KB (500 characters are at most 2,000 bytes); no word comes near it.
    return (stored === undefined ? [] : typeof stored === 'string' ? [stored] : stored).filter((t) => t.length <= 500);
  });
  pieces.set(piece, forms);
  return forms;
}

/**
 * The story's two vectors, as tsvector input ('term':1A,5C 'other':2B …): `search`, every
 * field with up to MAX_POSITIONS positions per lexeme; `lead`, the lead fields (A–C) with one
 * position per lexeme (its first, so its best weight): small enough to stay in the row,
 * which the first search step reads without a weight recheck (see search.ts).
 */
export function storyVectors(a: Article): { search: string; lead: string } {
  const positions = new Map<string, string[]>();
  const lead = new Map<string, string>();
  let pos = 0;
  for (const [field, weight] of WEIGHTED) {
    const text = fieldText(a, field, LIMITS);
    if (!text) continue;
    for (const piece of text.split(SPACE)) {
      if (!piece) continue;
      for (const terms of pieceForms(piece)) {
        pos = Math.min(pos + 1, MAX_POSITION);
        for (const term of terms) {
          let list = positions.get(term);
          if (!list) positions.set(term, (list = []));
          if (list.length < MAX_POSITIONS) list.push(pos + weight);
          if (weight !== 'D' && !lead.has(term)) lead.set(term, pos + weight);
        }
      }
    }
  }
  return {
    search: [...positions].map(([term, list]) => `${quote(term)}:${list.join(',')}`).join(' '),
    lead: [...lead].map(([term, at]) => `${quote(term)}:${at}`).join(' '),
  };
}

export type QueryShape = { all: boolean; variants: boolean; lead: boolean };

/**
 * The tsquery of a reader's words: every word (or any, `all: false`) by its term, and, with
 * `variants`, its shorter forms; the last word also as a prefix, as in lib/search/query.ts.
 * (`lead` picks the vector it is matched against, see search.ts, not a weight.)
 */
export function searchQuery(words: readonly QueryWord[], shape: QueryShape): string {
  return words
    .map((word, i) => {
      const own = `${quote(word.term)}${i === words.length - 1 && word.term.length >= MIN_PREFIX ? ':*' : ''}`;
      const forms = shape.variants ? [own, ...word.variants.map(quote)] : [own];
      return forms.length > 1 ? `(${forms.join(' | ')})` : own;
    })
    .join(shape.all ? ' & ' : ' | ');
}
