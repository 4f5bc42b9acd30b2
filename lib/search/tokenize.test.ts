import { describe, expect, it } from 'vitest';
import { termForms, tokenize, wordTerms } from './tokenize';

describe('tokenize', () => {
  it('splits on spaces and punctuation, Arabic and Latin alike', () => {
    expect(tokenize('قالَ الوزيرُ: «نعم»، ثم غادر.')).toEqual(['قال', 'الوزير', 'نعم', 'ثم', 'غادر']);
    expect(tokenize('Rabat, Morocco — (IMF) said; talks/2026')).toEqual(['rabat', 'morocco', 'imf', 'said', 'talks', '2026']);
  });

  it('keeps a diacritised or stretched word in one piece', () => {
    expect(tokenize('الْحُكُومَةُ الجـديـدة')).toEqual(['الحكومه', 'الجديده']);
  });

  it('keeps an apostrophe inside a word, not around it', () => {
    expect(tokenize("Morocco's 'best' team")).toEqual(["morocco's", 'best', 'team']);
  });

  it('splits mixed Arabic and Latin text and turns digits Western', () => {
    expect(tokenize('أطلقت NovaGrid منصة جديدة عام ٢٠٢٥')).toEqual(['اطلقت', 'novagrid', 'منصه', 'جديده', 'عام', '2025']);
  });
});

describe('termForms', () => {
  it('stems English and takes prefixes off Arabic', () => {
    expect(termForms('hospitals')).toBe('hospital');
    expect(termForms('الباكستاني')).toBe('باكستاني');
    expect(termForms('باكستاني')).toEqual(['باكستاني', 'اكستاني']);
  });

  it('skips a lone letter but keeps a lone digit', () => {
    expect(termForms('و')).toBeNull();
    expect(termForms('a')).toBeNull();
    expect(termForms('5')).toBe('5');
    expect(wordTerms('في')?.term).toBe('في');
  });
});
