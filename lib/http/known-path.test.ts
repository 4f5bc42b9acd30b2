import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getContentSource } from '@/lib/content/instance';
import { article, makeStore } from '@/lib/content/test-store';
import { LOCALE_ROUTES, missingPage } from './known-path';

const q = (over: Partial<{ page: string; view: string; q: string }> = {}) => ({ page: null, view: null, q: null, ...over });
const at = (p: string, query = q(), preview = false) => missingPage(p.split('/').filter(Boolean), query, preview);

beforeAll(() => {
  const stories = Array.from({ length: 25 }, (_, i) => article({ id: `ar-${i}`, title: `خبر ${i}` }));
  process.env.CONTENT_DIR = makeStore({
    ...Object.fromEntries(stories.map((s) => [`${s.id}.json`, s])),
    'en-0.json': article({ id: 'en-0', locale: 'en', title: 'Rain in Rabat', translationOf: 'ar-0' }),
    'draft.json': article({ id: 'a-draft', status: 'draft' }),
  });
  process.env.SAHIFA_WATCH = 'off';
});

describe('missingPage: what proxy.ts answers with the not-found page', () => {
  it('lets every real page through', async () => {
    for (const p of ['/ar', '/en', '/ar/news', '/ar/sports', '/ar/news/ar-3', '/en/news/en-0', '/ar/search', '/en/preview', '/ar/rss.xml', '/en/news/rss.xml', '/sitemaps/0.xml', '/ar/manifest.webmanifest', '/ar/lite', '/ar/lite/news', '/ar/lite/news/ar-3', '/ar/lite/news/P/2', '/en/saved', '/ar/offline'])
      expect(await at(p), p).toBeNull();
    expect(await at('/ar/news', q({ page: '2' }))).toBeNull();
    expect(await at('/ar/news/P/2')).toBeNull();
    expect(await at('/ar/news/ar-0', q({ view: 'both' }))).toBeNull();
    expect(await at('/en/news/en-0/both')).toBeNull();
    // A story under another language or section: its page redirects to the right address.
    expect(await at('/en/sports/ar-3')).toBeNull();
  });

  it('answers made-up addresses in the lite edition with its own not-found page, before anything renders', async () => {
    expect(await at('/ar/lite/news', q({ page: '2' }))).toBeNull();
    expect(await at('/en/lite/sports/ar-3')).toBeNull(); // its route sends the reader to /ar/lite/news/ar-3
    for (const p of ['/ar/lite/x', '/ar/lite/search', '/ar/lite/news/x', '/ar/lite/news/Bad_Id', '/ar/lite/news/ar-3/more', '/ar/lite/news/P', '/ar/lite/news/P/3', '/ar/lite/news/P/abc', '/ar/lite/news/a-draft'])
      expect(await at(p), p).toEqual({ locale: 'ar', lite: true });
    for (const page of ['3', '0', 'abc', '%00', 'a'.repeat(300)]) expect(await at('/ar/lite/news', q({ page })), page).toEqual({ locale: 'ar', lite: true });
    // An editor's preview cookie shows no draft here: the lite edition is the readers'.
    expect(await at('/ar/lite/news/a-draft', q(), true)).toEqual({ locale: 'ar', lite: true });
  });

  it('answers unknown locales in both languages', async () => {
    for (const p of ['/xx', '/fr/news', '/favicon.ico', '/junk.txt', '/sitemaps/x.xml', '/sitemaps/0.xml/more']) expect(await at(p), p).toEqual({ locale: null });
  });

  it('answers unknown sections, impossible ids and unknown stories in the path’s language', async () => {
    for (const p of ['/ar/x', '/ar/x/junk-1', '/ar/news/Bad_Id', '/ar/news/junk.1', `/ar/news/${'a'.repeat(121)}`, '/ar/news/no-such-story', '/ar/news/ar-3/extra', '/ar/news/ar-3/both/x', '/ar/search/x', '/ar/x/rss.xml'])
      expect(await at(p), p).toEqual({ locale: 'ar' });
    expect(await at('/en/nope')).toEqual({ locale: 'en' });
  });

  it('answers section pages past the last and malformed page numbers', async () => {
    expect(await at('/ar/news', q({ page: '3' }))).toEqual({ locale: 'ar' }); // 25 stories, 20 a page
    expect(await at('/ar/news/P/3')).toEqual({ locale: 'ar' });
    expect(await at('/ar/news/P')).toEqual({ locale: 'ar' });
    for (const page of ['0', '-1', 'abc', '02', '']) expect(await at('/ar/news', q({ page })), page).toEqual({ locale: 'ar' });
    expect(await at('/en/news', q({ page: '2' }))).toEqual({ locale: 'en' }); // one English story
  });

  it('pages through search results, and answers pages past the last', async () => {
    expect(await at('/ar/search', q({ q: 'خبر', page: '1' }))).toBeNull();
    expect(await at('/ar/search', q({ q: 'خبر', page: '2' }))).toBeNull(); // 25 results, 10 a page
    expect(await at('/ar/search', q({ q: 'خبر', page: '3' }))).toBeNull();
    expect(await at('/ar/search', q({ q: 'خبر', page: '4' }))).toEqual({ locale: 'ar' });
    expect(await at('/ar/search', q({ q: 'خبر', page: 'x' }))).toEqual({ locale: 'ar' });
  });

  it('has side by side only for a story with a translation, at its own address', async () => {
    expect(await at('/ar/news/ar-5', q({ view: 'both' }))).toEqual({ locale: 'ar' });
    expect(await at('/en/news/ar-0', q({ view: 'both' }))).toEqual({ locale: 'en' });
  });

  it('lets an editor in preview reach drafts, but not ids the store does not have', async () => {
    expect(await at('/ar/news/a-draft')).toEqual({ locale: 'ar' });
    expect(await at('/ar/news/a-draft', q(), true)).toBeNull();
    expect(await at('/ar/news/no-such-story', q(), true)).toEqual({ locale: 'ar' });
    expect(await at('/ar/x/junk-1', q(), true)).toEqual({ locale: 'ar' });
  });

  it("asks light questions (the page asks the rest): a story's summary, not its body; a section's count, not its page", async () => {
    const source = getContentSource();
    const heavy = [vi.spyOn(source, 'article'), vi.spyOn(source, 'page')];
    try {
      expect(await at('/ar/news/ar-3')).toBeNull();
      expect(await at('/ar/news', q({ page: '2' }))).toBeNull();
      expect(await at('/ar/news', q({ page: '3' }))).toEqual({ locale: 'ar' });
      for (const spy of heavy) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of heavy) spy.mockRestore();
    }
  });

  it('knows every page folder of app/[locale] that is not a section', async () => {
    const dir = path.resolve(__dirname, '../../app/[locale]');
    const pages = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('[') && !e.name.includes('.') && ['page.tsx', 'route.ts'].some((f) => fs.existsSync(path.join(dir, e.name, f))))
      .map((e) => e.name);
    expect([...LOCALE_ROUTES].sort()).toEqual(pages.sort());
  });
});
