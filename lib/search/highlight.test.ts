import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { parseWords } from './query';

/** The terms search() returns for a query. */
const termsOf = (query: string) => parseWords(query).map((w) => w.word);
const marked = (text: string, query: string, locale: 'ar' | 'en' = 'ar') =>
  highlight(text, termsOf(query), locale)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlight', () => {
  const text = 'أكَّدَ الجيشُ الباكِستانيُّ، في بيانٍ، أنّ التعاونَ مع باكستانَ والباكستانيين مستمرٌّ.';

  it('marks words of the original text, diacritics and prefixes kept', () => {
    expect(marked(text, 'باكستاني')).toEqual(['الباكِستانيُّ', 'والباكستانيين']);
    expect(marked(text, 'الجيش')).toEqual(['الجيشُ']);
    expect(marked(text, 'التَّعاوُن')).toEqual(['التعاونَ']);
  });

  it('gives back the text unchanged, in order', () => {
    const segments = highlight(text, termsOf('الجيش باكستان'), 'ar');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['الجيشُ', 'الباكِستانيُّ', 'باكستانَ', 'والباكستانيين']);
    // Unmarked text between two marks comes as one segment.
    expect(segments.some((s, i) => !s.match && segments[i + 1] && !segments[i + 1]!.match)).toBe(false);
  });

  it('matches the spelling variants of alef, teh marbuta and alef maksura', () => {
    expect(marked('أعلنت الحكومة عن مستشفى جديد في إفريقيا', 'حكومه مستشفي افريقيا')).toEqual(['الحكومة', 'مستشفى', 'إفريقيا']);
  });

  it('matches the last word as a prefix, the others whole', () => {
    expect(marked('The artist and the art of musical music', 'art music', 'en')).toEqual(['art', 'musical', 'music']);
  });

  it('matches English plurals and case', () => {
    expect(marked('Hospitals in Rabat: a new HOSPITAL opened', 'hospital', 'en')).toEqual(['Hospitals', 'HOSPITAL']);
  });

  it('accepts terms as typed, not only as search() normalised them', () => {
    expect(highlight(text, ['الجَيْش'], 'ar').filter((s) => s.match).map((s) => s.text)).toEqual(['الجيشُ']);
  });

  it('returns the whole text unmarked without terms', () => {
    expect(highlight(text, [], 'ar')).toEqual([{ text, match: false }]);
    expect(highlight('', ['x'], 'ar')).toEqual([]);
  });
});
