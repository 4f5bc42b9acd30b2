import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText: Arabic', () => {
  it('drops tashkeel (harakat, tanween, shadda, sukun)', () => {
    expect(normalizeText('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeText('الْعَرَبِيَّةُ')).toBe('العربيه');
    expect(normalizeText('كِتَابًا')).toBe('كتابا');
  });

  it('drops the superscript alef and Quranic annotation marks', () => {
    expect(normalizeText('هٰذا')).toBe('هذا');
    expect(normalizeText('الرَّحْمٰنِ')).toBe('الرحمن');
    expect(normalizeText('ذَٰلِكَ ٱلْكِتَابُ لَا رَيْبَ ۛ فِيهِ ۚ هُدًى')).toBe('ذلك الكتاب لا ريب  فيه  هدي');
    expect(normalizeText('عَلِيمٌۢ')).toBe('عليم');
  });

  it('drops tatweel', () => {
    expect(normalizeText('الحكـــومة')).toBe('الحكومه');
    expect(normalizeText('جـديـد')).toBe('جديد');
  });

  it('writes every alef with hamza or madda, and alef wasla, as a bare alef', () => {
    expect(normalizeText('أحمد')).toBe('احمد');
    expect(normalizeText('إسلام')).toBe('اسلام');
    expect(normalizeText('آمال')).toBe('امال');
    expect(normalizeText('ٱلكتاب')).toBe('الكتاب');
    // The same letters written decomposed (alef + combining hamza / madda).
    expect(normalizeText('ا\u0654حمد')).toBe('احمد');
    expect(normalizeText('ا\u0653مال')).toBe('امال');
  });

  it('writes hamza on waw and on yeh as waw and yeh; keeps a lone hamza', () => {
    expect(normalizeText('مؤتمر')).toBe('موتمر');
    expect(normalizeText('مسؤول')).toBe('مسوول');
    expect(normalizeText('رئيس')).toBe('رييس');
    expect(normalizeText('سماء')).toBe('سماء');
  });

  it('folds teh marbuta into heh and alef maksura into yeh', () => {
    expect(normalizeText('مدرسة')).toBe(normalizeText('مدرسه'));
    expect(normalizeText('مستشفى')).toBe('مستشفي');
    expect(normalizeText('إلى')).toBe('الي');
    expect(normalizeText('على')).toBe(normalizeText('علي'));
  });

  it('writes Arabic-Indic and Persian digits as Western digits', () => {
    expect(normalizeText('٢٠٢٥')).toBe('2025');
    expect(normalizeText('القرار ٢٧٩٧')).toBe('القرار 2797');
    expect(normalizeText('۱۴۰۳')).toBe('1403');
  });

  it('removes joiners and direction marks inside a word, and unfolds presentation forms', () => {
    expect(normalizeText('المغ\u200Cرب')).toBe('المغرب');
    expect(normalizeText('\u200Fالرباط\u200F')).toBe('الرباط');
    expect(normalizeText('ﻻ')).toBe('لا');
  });

  it('leaves spaces and punctuation where they are', () => {
    expect(normalizeText('قالَ: «نعم»، ثم')).toBe('قال: «نعم»، ثم');
  });
});

describe('normalizeText: Latin', () => {
  it('lower-cases and folds accents and ligatures', () => {
    expect(normalizeText('Café ÉLYSÉE')).toBe('cafe elysee');
    expect(normalizeText('Fès')).toBe('fes');
    expect(normalizeText('ﬁnance')).toBe('finance');
    expect(normalizeText('NovaGrid')).toBe('novagrid');
  });
});
