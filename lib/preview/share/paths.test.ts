import { describe, expect, it } from 'vitest';
import { readerPage } from '@/lib/routes';
import { sharedMediaSrc, sharePath, tokenOfUrl } from './paths';

const TOKEN = `a-story.1800000000.${'A'.repeat(22)}.${'b'.repeat(43)}`;

describe('share link addresses', () => {
  it('find the token in a link, whatever the host, and nothing in anything else', () => {
    expect(tokenOfUrl(`https://news.example/ar/shared/${TOKEN}`)).toBe(TOKEN);
    expect(tokenOfUrl(`/en/shared/${TOKEN}`)).toBe(TOKEN);
    for (const bad of [null, '', '/ar/news/a-story', `/fr/shared/${TOKEN}`, `/ar/shared/${TOKEN}/more`, 'http://[bad']) expect(tokenOfUrl(bad), String(bad)).toBeUndefined();
  });

  it('are never a reader page: the offline worker does not keep them', () => {
    expect(readerPage(sharePath('ar', TOKEN))).toBeNull();
  });

  it('send a story’s own pictures through the link, and leave other addresses alone', () => {
    expect(sharedMediaSrc('/media/a/b.jpg', TOKEN)).toBe(`/media/_shared/${TOKEN}/a/b.jpg`);
    expect(sharedMediaSrc('https://cdn.example/x.jpg', TOKEN)).toBe('https://cdn.example/x.jpg');
  });
});
