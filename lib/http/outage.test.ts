// proxy.ts while the content database is away: paths it served before go on to the page
// cache, any other is a 503 in its language. The database here is a closed port, so every
// question fails as in an outage (ContentUnavailableError), fast.
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, makeStore } from '@/lib/content/test-store';
import { proxy } from '@/proxy';
import { freePort } from '@/scripts/lib/server';
import { MAX_KEY_LENGTH, pathKey, rememberServed, servedSize, wasServed } from './outage';

const ask = (p: string) => proxy(new NextRequest(`http://localhost${p}`));
const passed = (res: Response) => res.headers.get('x-middleware-next') === '1' || res.headers.has('x-middleware-rewrite');
const env = { ...process.env };

beforeAll(() => {
  process.env.CONTENT_DIR = makeStore({
    'ar-1.json': article({ id: 'ar-1', title: 'خبر أول' }),
    'ar-2.json': article({ id: 'ar-2', title: 'خبر ثان' }),
    'en-1.json': article({ id: 'en-1', locale: 'en', title: 'Rain in Rabat' }),
  });
  process.env.SAHIFA_WATCH = 'off';
});
afterAll(() => {
  process.env = env;
});

describe('proxy.ts without its database', () => {
  it('serves what it served before from the cache, and answers 503 for the rest', async () => {
    // The database up (the files source stands in for it): these pages are let through.
    for (const p of ['/ar/news/ar-1', '/ar/news', '/ar/lite/news/ar-1', '/ar/search?q=%D8%AE%D8%A8%D8%B1']) expect(passed(await ask(p)), p).toBe(true);

    process.env.CONTENT_BACKEND = 'postgres';
    process.env.DATABASE_URL = `postgres://nobody@127.0.0.1:${await freePort()}/none`;
    for (const p of ['/ar/news/ar-1', '/ar/news', '/ar/lite/news/ar-1']) expect(passed(await ask(p)), `${p} goes on to the page cache`).toBe(true);
    // Never served here; search results always render afresh.
    for (const [p, lang, dir] of [['/ar/news/ar-2', 'ar', 'rtl'], ['/en/news/en-1', 'en', 'ltr'], ['/ar/news?page=2', 'ar', 'rtl'], ['/en/lite', 'en', 'ltr'], ['/ar/search?q=%D8%AE%D8%A8%D8%B1', 'ar', 'rtl']] as const) {
      const res = await ask(p);
      expect(res.status, p).toBe(503);
      expect(res.headers.get('retry-after')).toBe('30');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(html).toContain(`<a href="/${lang}">`);
      expect(html).not.toMatch(/Error:|\bat \w+ \(|ECONNREFUSED/);
    }
    // The front pages are built with the site and need no check.
    for (const p of ['/ar', '/en']) expect(passed(await ask(p)), p).toBe(true);
  });

  it('forgets the oldest path past its bound', () => {
    const k = (i: number) => pathKey(`/ar/news/s-${i}`, { page: null, view: null });
    for (let i = 0; i < 4; i++) rememberServed(k(i), 3);
    expect([0, 1, 2, 3].map((i) => wasServed(k(i)))).toEqual([false, true, true, true]);
    // Asked again, a path becomes the newest.
    rememberServed(k(1), 3);
    rememberServed(k(4), 3);
    expect([1, 2, 3, 4].map((i) => wasServed(k(i)))).toEqual([true, false, true, true]);
  });

  it('keys a path by what its page reads: parameters a page does not take are ignored, numbers normalised', () => {
    const none = { page: null, view: null };
    expect(pathKey('/ar', { page: 'x'.repeat(8192), view: 'y' })).toBe('/ar');
    expect(pathKey('/ar/news', { page: '2', view: 'both' })).toBe('/ar/news?page=2');
    expect(pathKey('/ar/news', { page: 'junk', view: null })).toBe('/ar/news?page=none');
    expect(pathKey('/ar/lite/news', { page: '3', view: null })).toBe('/ar/lite/news?page=3');
    expect(pathKey('/ar/rss.xml', { page: 'junk1', view: null })).toBe('/ar/rss.xml');
    expect(pathKey('/en/manifest.webmanifest', { page: '2', view: null })).toBe('/en/manifest.webmanifest');
    expect(pathKey('/ar/news/ar-1', { page: '9', view: 'both' })).toBe('/ar/news/ar-1/both');
    expect(pathKey('/ar/news/ar-1', { page: null, view: 'other' })).toBe('/ar/news/ar-1');
    expect(pathKey('//ar//news/', none)).toBe('/ar/news');
    // A key no page could have is never kept.
    const long = pathKey(`/ar/news/${'a'.repeat(MAX_KEY_LENGTH)}`, none);
    rememberServed(long);
    expect(wasServed(long)).toBe(false);
  });

  it('a flood of made-up parameters holds a few bytes, and pushes no real page out', async () => {
    process.env.CONTENT_BACKEND = 'files';
    for (const p of ['/ar/news/ar-1', '/ar/news']) expect(passed(await ask(p)), p).toBe(true);
    const before = servedSize();
    for (let i = 0; i < 2000; i++) {
      const junk = `${i}`.padEnd(8192, 'x');
      for (const p of [`/ar?page=${junk}`, `/ar/rss.xml?page=junk${i}`, `/en/manifest.webmanifest?page=${i}`, `/ar/news/ar-1?view=${junk}`]) {
        const res = await ask(p);
        expect(passed(res), p).toBe(true);
        // Served as the feed, the manifest, the page: never rewritten to a section's later page.
        expect(res.headers.get('x-middleware-rewrite') ?? '', p).not.toMatch(/\/P\//);
      }
    }
    const after = servedSize();
    expect(after.paths - before.paths).toBeLessThanOrEqual(3);
    expect(after.chars - before.chars).toBeLessThan(100);
    for (const p of ['/ar/news/ar-1', '/ar/news']) expect(wasServed(pathKey(p, { page: null, view: null })), p).toBe(true);
  }, 120_000);
});
