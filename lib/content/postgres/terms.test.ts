// The vectors made piece by piece (terms.ts) hold the same lexemes, positions and weights
// as the fields tokenised whole, the way lib/search's in-memory index reads them.
import { afterAll, describe, expect, it } from 'vitest';
import { FileStore } from '../files/store';
import type { Article } from '../types';
import { fieldText } from '@/lib/search/fields';
import { tokenize, wordTerms } from '@/lib/search/tokenize';
import { LIMITS, storyVectors } from './terms';

const FIELDS: [string, string][] = [
  ['title', 'A'],
  ['summary', 'B'],
  ['tags', 'B'],
  ['body', 'C'],
  ['more', 'D'],
];

/** Every lexeme with all its positions and weights, from each field tokenised at once. */
function reference(a: Article): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let pos = 0;
  for (const [field, weight] of FIELDS) {
    for (const word of tokenize(fieldText(a, field, LIMITS) ?? '')) {
      pos++;
      const stored = wordTerms(word)?.stored;
      for (const term of stored === undefined ? [] : typeof stored === 'string' ? [stored] : stored) {
        out.set(term, [...(out.get(term) ?? []), `${pos}${weight}`]);
      }
    }
  }
  return out;
}

/** A tsvector literal as lexeme → positions (the lexemes of these stories need no quoting). */
function parse(vector: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of vector.matchAll(/'((?:[^']|'')*)':([0-9A-D,]+)/g)) out.set(m[1]!.replace(/''/g, "'"), m[2]!.split(','));
  return out;
}

const store = new FileStore('content').load();
afterAll(() => store.dispose());
const stories = store.all({}, { preview: true, now: Date.now() });

describe('storyVectors', () => {
  it('reads the demo store', () => expect(stories.length).toBeGreaterThan(10));

  // The reference below tokenises with the same helpers as terms.ts: these two are written
  // out by hand. Title A, summary and tags B, body C; one position per word, in order.
  it('a short story in each language, by hand', () => {
    const story = (locale: 'ar' | 'en', title: string, summary: string, tag: string, text: string) =>
      ({ id: 'x', locale, status: 'published', section: 'news', title, summary, tags: [tag], body: [{ type: 'paragraph', text }], published: 0, publishedAt: '' }) as unknown as Article;
    // English: lower case, plurals made singular ("lights"), short words kept.
    const en = "'harbour':1A 'light':2A 'the':3B 'night':4B 'market':5B 'port':6B 'fish':7C 'and':8C 'bread':9C";
    expect(storyVectors(story('en', 'Harbour lights', 'The night market', 'port', 'Fish and bread'))).toEqual({ search: en, lead: en });
    // Arabic: hamza forms made one (أ → ا), the article (ال) dropped, and a word that may
    // carry a one-letter prefix (و "and", ل "for") also indexed without it; the tag repeats
    // a title word, so "ميناء" has two positions in search and its first in lead.
    const ar = story('ar', 'أضواء الميناء', 'سوق ليلي', 'ميناء', 'سمك وخبز');
    expect(storyVectors(ar)).toEqual({
      search: "'اضواء':1A 'ميناء':2A,5B 'سوق':3B 'ليلي':4B 'يلي':4B 'سمك':6C 'وخبز':7C 'خبز':7C",
      lead: "'اضواء':1A 'ميناء':2A 'سوق':3B 'ليلي':4B 'يلي':4B 'سمك':6C 'وخبز':7C 'خبز':7C",
    });
  });

  it('search: every lexeme of every field with its first positions and weights', () => {
    for (const a of stories) {
      const want = reference(a);
      const got = parse(storyVectors(a).search);
      expect([...got.keys()].sort(), a.file).toEqual([...want.keys()].sort());
      for (const [term, list] of want) expect(got.get(term), `${a.file} ${term}`).toEqual(list.slice(0, 16));
    }
  });

  it('lead: the lexemes weighted A–C, once each at its first (best) position', () => {
    for (const a of stories) {
      const want = [...reference(a)].flatMap(([term, list]) => (list[0]!.endsWith('D') ? [] : [[term, [list[0]]] as const]));
      const got = parse(storyVectors(a).lead);
      expect([...got].sort(), a.file).toEqual(want.sort());
      expect(got.size, a.file).toBeGreaterThan(0);
    }
  });

  it('cuts text only at white space that normalisation keeps', () => {
    const a = { ...stories[0]!, title: 'Al\uFEFFpha beta\u00A0gamma', summary: 'مَدْرَسَة\u200Cالحي', tags: [], body: [] } as Article;
    const got = parse(storyVectors(a).search);
    expect(got).toEqual(reference(a));
  });
});
