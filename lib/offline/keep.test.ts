import { describe, expect, it } from 'vitest';
import { assetUrls, decodeStory, encodeStory, imageSource, isKeepable, pageKey, withStory, type KeptStory } from './keep';

const story: KeptStory = { url: '/ar/news/x', title: 'عنوان «مقتبس» & Co', locale: 'ar', section: 'أخبار', image: '/media/x.jpg', images: ['http://h/_next/image?url=%2Fmedia%2Fx.jpg&w=640&q=60'], at: 1 };

describe('a kept story’s header', () => {
  it('round-trips through a response header (plain ASCII)', async () => {
    const header = encodeStory(story);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(decodeStory(header)).toEqual(story);
    const res = withStory('<p>hi</p>', new Response('', { status: 200, headers: { 'content-type': 'text/html' } }), story);
    expect(decodeStory(res.headers.get('x-sahifa-story'))).toEqual(story);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toBe('<p>hi</p>');
  });

  it('refuses headers that are not a story of ours', () => {
    for (const bad of [null, '', 'garbage%', encodeURIComponent('{"url":"https://evil/x","title":"t","locale":"ar","at":1}'), encodeURIComponent('{"url":"/x","title":"t","locale":"fr","at":1}')])
      expect(decodeStory(bad), String(bad)).toBeNull();
  });
});

describe('what may be kept', () => {
  const page = (headers: Record<string, string>, status = 200) => new Response('x', { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
  it('keeps public pages, never previews, private answers, errors or other types', () => {
    expect(isKeepable(page({ 'cache-control': 's-maxage=30, stale-while-revalidate=570' }))).toBe(true);
    expect(isKeepable(page({ 'cache-control': 'private, no-store' }))).toBe(false);
    expect(isKeepable(page({ 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }))).toBe(false);
    expect(isKeepable(page({}, 404))).toBe(false);
    expect(isKeepable(new Response('{}', { headers: { 'content-type': 'application/json' } }))).toBe(false);
  });

  it('keys a page by its path, whatever its query', () => {
    expect(pageKey('http://h/ar/news/x?full=1', 'http://h')).toBe('http://h/ar/news/x');
    expect(pageKey('/ar', 'http://h')).toBe('http://h/ar');
  });

  it('knows a picture whatever its size', () => {
    expect(imageSource(new URL('http://h/_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=60'))).toBe('/media/a.jpg');
    expect(imageSource(new URL('http://h/media/a.jpg'))).toBe('/media/a.jpg');
    expect(imageSource(new URL('http://h/ar/news'))).toBeNull();
  });

  it('finds the build files a page loads', () => {
    const html = '<link rel="stylesheet" href="/_next/static/chunks/a1.css"><script src="/_next/static/chunks/b2.js" async></script>"static/chunks/x.js" <script src="/_next/static/chunks/b2.js"></script>';
    expect(assetUrls(html)).toEqual(['/_next/static/chunks/a1.css', '/_next/static/chunks/b2.js']);
  });
});
