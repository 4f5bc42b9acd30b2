import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '@/lib/content/files/store';
import { HEADLINE_MAX, PUBLISHER_LOGO, articleStructuredData, shortHeadline } from './structured-data';

const demo = new FileStore(path.resolve(__dirname, '../../content')).load();
const everything = { preview: true, now: Date.now() };
const sectionOf = (id: string) => demo.sections().find((s) => s.id === id)!;

describe('NewsArticle structured data', () => {
  const articles = demo.all({}, everything);

  it('keeps every demo headline within 110 characters, the full title beside it when cut', () => {
    expect(articles.some((a) => [...a.title].length > HEADLINE_MAX)).toBe(true); // the store has long titles
    for (const a of articles) {
      const [data] = articleStructuredData(a, sectionOf(a.section), a.locale, { site: 'S', home: 'H' }) as unknown as [Record<string, unknown>];
      const headline = data.headline as string;
      expect([...headline].length, a.id).toBeLessThanOrEqual(HEADLINE_MAX);
      if (headline === a.title) expect(data.alternativeHeadline).toBeUndefined();
      else {
        expect(data.alternativeHeadline).toBe(a.title);
        expect(headline.endsWith('…')).toBe(true);
        // Cut at a word: what is kept is a run of the title's own words.
        expect(a.title.startsWith(headline.slice(0, -1))).toBe(true);
        expect(a.title.slice(headline.length - 1)).toMatch(/^[\s\p{P}]/u);
      }
    }
  });

  it('names the publisher with its logo, a bitmap that exists', () => {
    const a = articles[0]!;
    const [data] = articleStructuredData(a, sectionOf(a.section), a.locale, { site: 'S', home: 'H' }) as unknown as [{ publisher: { logo: { url: string; width: number } } }];
    expect(data.publisher.logo.url).toMatch(/\/media\/sahifa-logo\.png$/);
    const file = path.resolve(__dirname, '../../public', PUBLISHER_LOGO.path.slice(1));
    expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });

  it('cuts at the last whole word, drops trailing punctuation, and leaves short titles alone', () => {
    expect(shortHeadline('short title')).toBe('short title');
    expect(shortHeadline('one two three four', 12)).toBe('one two…');
    expect(shortHeadline('أخبار، اليوم وغدا', 10)).toBe('أخبار…');
    expect([...shortHeadline('x'.repeat(300))].length).toBe(HEADLINE_MAX);
  });
});
