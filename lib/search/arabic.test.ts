import { describe, expect, it } from 'vitest';
import { arabicForms } from './arabic';
import { normalizeText } from './normalize';

const forms = (word: string) => {
  const f = arabicForms(normalizeText(word));
  return [f.term, ...f.variants];
};
const term = (word: string) => arabicForms(normalizeText(word)).term;
/** Two words meet in search when they share a form. */
const meet = (a: string, b: string) => forms(a).some((f) => forms(b).includes(f));

describe('arabicForms: the article and what is attached to it', () => {
  it('takes off ال', () => {
    expect(term('الباكستاني')).toBe('باكستاني');
    expect(term('الحكومة')).toBe('حكومه');
    expect(term('الأمن')).toBe('امن');
  });

  it('takes off و ف ب ك ل attached to the article', () => {
    for (const w of ['والباكستاني', 'فالباكستاني', 'بالباكستاني', 'كالباكستاني', 'للباكستاني', 'وللباكستاني', 'وبالباكستاني'])
      expect(term(w), w).toBe('باكستاني');
  });

  it('has one certain stem after the article: no shorter forms', () => {
    expect(forms('الباكستاني')).toEqual(['باكستاني']);
  });

  it('takes off ال again when the stem starts with it', () => {
    expect(term('الالتزام')).toBe(term('التزام'));
  });

  it('keeps short words whole', () => {
    expect(forms('الم')).toEqual(['الم']); // would leave one letter
    expect(forms('الله')).toEqual(['الله']); // would leave two
    expect(forms('بنك')).toEqual(['بنك']);
    expect(forms('ولد')).toEqual(['ولد']);
    expect(forms('فاس')).toEqual(['فاس']);
    expect(forms('لله')).toEqual(['لله']);
    expect(term('والد')).toBe('والد'); // not «د»
    expect(term('والدة')).toBe('والده'); // not «ده»
  });
});

describe('arabicForms: a single attached letter', () => {
  it('keeps the word as typed and adds the forms without و/ف and then ب/ل/ك', () => {
    expect(forms('وباكستان')).toEqual(['وباكستان', 'باكستان', 'اكستان']);
    expect(forms('بباكستان')).toEqual(['بباكستان', 'باكستان']);
    expect(forms('لبنان')).toEqual(['لبنان', 'بنان']);
    expect(forms('فرنسا')).toEqual(['فرنسا', 'رنسا']);
  });

  it('makes a word meet itself with and without the article or attached letters', () => {
    expect(meet('باكستاني', 'الباكستاني')).toBe(true);
    expect(meet('الباكستاني', 'باكستاني')).toBe(true);
    expect(meet('باكستان', 'بباكستان')).toBe(true);
    expect(meet('باكستان', 'وباكستان')).toBe(true);
    expect(meet('بباكستان', 'باكستان')).toBe(true);
    expect(meet('وزارة', 'الوزارة')).toBe(true);
    expect(meet('وزارة', 'والوزارة')).toBe(true);
    expect(meet('وزارة', 'بوزارة')).toBe(true);
    expect(meet('مدينة', 'للمدينة')).toBe(true);
    expect(meet('مغرب', 'فالمغرب')).toBe(true);
  });

  it('does not make different words meet', () => {
    expect(meet('باكستان', 'افغانستان')).toBe(false);
    expect(meet('الحكومة', 'حكم')).toBe(false);
  });
});
