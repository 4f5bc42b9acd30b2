import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

const HERE = 'http://news.example/api/preview/exit';

describe('returnPath (exit preview)', () => {
  it('goes back to the reader page the editor was on', () => {
    expect(returnPath('http://news.example/ar/news/some-story', HERE)).toBe('/ar/news/some-story');
    expect(returnPath('http://news.example/en', HERE)).toBe('/en');
    expect(returnPath('http://news.example/en/news?page=3#x', HERE)).toBe('/en/news');
  });

  it.each([
    ['no Referer', null],
    ['not a URL', 'x'],
    ['an empty one', ''],
    ['a relative path', '/ar/news'],
    ['another site', 'https://evil.example/ar/news'],
    ['a look-alike host', 'http://news.example.evil.example/ar'],
    ['a protocol-relative path', 'http://news.example//evil.example/ar'],
    ['a backslash path', 'http://news.example/\\evil.example'],
    ['an encoded slash', 'http://news.example/%2F%2Fevil.example'],
    ['the desk', 'http://news.example/ar/preview'],
    ['an API route', 'http://news.example/api/preview?secret=x'],
    ['javascript:', 'javascript:alert(1)'],
  ])('goes home on %s', (_what, referer) => {
    const to = returnPath(referer, HERE);
    expect(to).toBe('/');
  });

  it('never answers a path a browser reads as another host', () => {
    for (const r of ['http://news.example//x', 'http://news.example/ar//evil.example', 'http://news.example/ar/\\\\evil']) {
      const to = returnPath(r, HERE);
      expect(to.startsWith('//') || to.startsWith('/\\')).toBe(false);
    }
  });
});
