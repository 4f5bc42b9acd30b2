import { describe, expect, it } from 'vitest';
import { scriptOf, splitRuns } from './runs';

describe('splitRuns', () => {
  it('isolates Latin names and domains inside Arabic', () => {
    const runs = splitRuns('أعلنت شركة NovaGrid عبر موقع atlaswire.example.com عن نتائجها', 'ar');
    expect(runs.filter((r) => r.foreign).map((r) => r.text)).toEqual(['NovaGrid', 'atlaswire.example.com']);
    expect(runs.map((r) => r.text).join('')).toBe('أعلنت شركة NovaGrid عبر موقع atlaswire.example.com عن نتائجها');
    expect(runs.find((r) => r.foreign)).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('keeps multi-word Latin names in one run, and leaves bare numbers to the page', () => {
    const runs = splitRuns('فاز Ingrid Halvorsen بنسبة 45 في المائة سنة 2026', 'ar');
    expect(runs.filter((r) => r.foreign).map((r) => r.text)).toEqual(['Ingrid Halvorsen']);
  });

  it('isolates Arabic inside English', () => {
    const runs = splitRuns('The sign read «سوق الأحد» in white paint.', 'en');
    expect(runs.filter((r) => r.foreign)).toEqual([{ text: 'سوق الأحد', foreign: true, lang: 'ar', dir: 'rtl' }]);
  });

  it('sets scores and ranges of numbers apart to be kept whole, in either language', () => {
    const ar = splitRuns('فاز المنتخب التونسي على نظيره المصري 31-29 في النهائي', 'ar');
    expect(ar.filter((r) => !r.foreign && r.whole).map((r) => r.text)).toEqual(['31-29']);
    expect(ar.map((r) => r.text).join('')).toBe('فاز المنتخب التونسي على نظيره المصري 31-29 في النهائي');
    const en = splitRuns('The 2025–2026 season ended 3-1, not 45 minutes in.', 'en');
    expect(en.filter((r) => !r.foreign && r.whole).map((r) => r.text)).toEqual(['2025–2026', '3-1']);
    expect(splitRuns('a well-known plan, 45 - 3', 'en').some((r) => !r.foreign && r.whole)).toBe(false);
  });

  it('returns one plain run for text in the page script', () => {
    expect(splitRuns('خبر عادي', 'ar')).toEqual([{ text: 'خبر عادي', foreign: false }]);
  });
});

describe('scriptOf', () => {
  it('tells Arabic from Latin by letters', () => {
    expect(scriptOf('Atlas Wire')).toBe('en');
    expect(scriptOf('وكالة أطلس')).toBe('ar');
  });
});
