import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Block } from '@/lib/content/types';
import { storyWarnings } from './checks';
import { DESCRIPTION_CHARS, searchDescription, searchTitle, textWidthPx, TITLE_PX } from './cuts';

const base = {
  id: 'a-story',
  locale: 'en',
  status: 'draft',
  section: 'news',
  title: 'A plain headline of a sensible length',
  summary: 'A summary that says what the story is about.',
  publishedAt: '2026-12-01T10:00:00Z',
  published: 0,
  file: 'articles/a.json',
  image: { src: '/media/a.jpg', width: 1600, height: 900, alt: 'Fishing boats at the port at dawn', caption: 'The port of Essaouira' },
} as unknown as ArticleSummary & { body?: Block[] };
const codes = (a: typeof base, translation = true) => storyWarnings(a, translation).map((w) => `${w.code}@${w.field}`);

describe('story warnings', () => {
  it('a story with everything right has none', () => expect(codes(base)).toEqual([]));
  it('names the field of each', () => {
    expect(codes({ ...base, title: 'x'.repeat(111) })).toEqual(['headlineLong@title']);
    expect(codes({ ...base, title: 'x'.repeat(110) })).toEqual([]);
    expect(codes({ ...base, summary: undefined })).toEqual(['summaryMissing@summary']);
    expect(codes({ ...base, summary: 'y'.repeat(161) })).toEqual(['summaryLong@summary']);
    expect(codes({ ...base, image: undefined })).toEqual(['imageMissing@image']);
    expect(codes({ ...base, image: { ...base.image!, width: 1199 } })).toEqual(['imageNarrow@image.width']);
    expect(codes({ ...base, image: { ...base.image!, alt: 'The port of  Essaouira.' } })).toEqual(['altRepeatsCaption@image.alt']);
    for (const alt of ['IMG_2034.jpg', 'DSC0042', 'photo-1', 'port.webp']) expect(codes({ ...base, image: { ...base.image!, alt } }), alt).toEqual(['altFileName@image.alt']);
    expect(codes({ ...base, body: [{ type: 'image', src: '/media/b.jpg', width: 10, height: 10, alt: 'b.jpg' }] as Block[] })).toEqual(['altFileName@body[0].alt']);
    expect(codes({ ...base, locale: 'ar', title: 'Casablanca Marathon' } as typeof base)).toEqual(['titleLatinOnArabic@title']);
    expect(codes({ ...base, locale: 'ar', title: 'ماراثون Casablanca' } as typeof base)).toEqual([]);
    expect(codes({ ...base, translationOf: 'gone' } as typeof base, false)).toEqual(['translationMissing@translationOf']);
    expect(codes({ ...base, translationOf: 'there' } as typeof base, true)).toEqual([]);
  });
});

describe('search result cuts', () => {
  it('leave what fits, cut what does not at a word, near 600 px and 160 characters', () => {
    expect(searchTitle('Short title')).toBe('Short title');
    const long = 'The city council approves a new plan for the old medina walls and the gardens around them after years of debate';
    const cut = searchTitle(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidthPx(cut)).toBeLessThanOrEqual(TITLE_PX);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    const text = 'word '.repeat(60);
    const d = searchDescription(text);
    expect([...d].length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
    expect(d).toMatch(/word…$/);
    const ar = searchTitle('مجلس المدينة يصادق على خطة جديدة لترميم أسوار المدينة العتيقة والحدائق المحيطة بها بعد سنوات من النقاش والانتظار الطويل');
    expect(ar.endsWith('…')).toBe(true);
  });
});
