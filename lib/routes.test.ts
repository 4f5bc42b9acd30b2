import { describe, expect, it } from 'vitest';
import { fullPathOfLite, litePathOf, readerPage } from './routes';

describe('readerPage and its lite twin', () => {
  it('knows the three kinds of reader page and maps each to its lite twin', () => {
    expect(litePathOf(readerPage('/ar')!)).toBe('/ar/lite');
    expect(litePathOf(readerPage('/en/sports')!)).toBe('/en/lite/sports');
    expect(litePathOf(readerPage('/en/sports', '?page=3')!)).toBe('/en/lite/sports?page=3');
    expect(litePathOf(readerPage('/en/sports', '?page=1')!)).toBe('/en/lite/sports');
    expect(litePathOf(readerPage('/ar/news/some-story')!)).toBe('/ar/lite/news/some-story');
  });

  it('leaves out the app’s own pages, other paths and odd ids', () => {
    for (const p of ['/', '/fr', '/ar/lite', '/ar/lite/news', '/ar/search', '/en/saved', '/en/offline', '/ar/preview', '/ar/news/a/b', '/ar/News', '/ar/news/x.json'])
      expect(readerPage(p), p).toBeNull();
  });

  it('names the full page of a lite page (canonical and "full version")', () => {
    expect(fullPathOfLite('ar')).toBe('/ar');
    expect(fullPathOfLite('ar', 'news', undefined, 1)).toBe('/ar/news');
    expect(fullPathOfLite('ar', 'news', undefined, 2)).toBe('/ar/news?page=2');
    expect(fullPathOfLite('en', 'news', 'story')).toBe('/en/news/story');
  });
});
