import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '@/lib/content/files/store';
import { article, makeStore, writeFile } from '@/lib/content/test-store';
import { getContentSource } from '@/lib/content/instance';
import { MAX_QUERY_LENGTH, createSearchIndex, highlight, queryProblem, type SearchOptions } from './index';

const NOW = Date.UTC(2026, 5, 1, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(ms).toISOString();
const para = (text: string) => ({ type: 'paragraph', text });

const reader = { preview: false, now: NOW };
const ar: SearchOptions = { locale: 'ar', vis: reader };
const en: SearchOptions = { locale: 'en', vis: reader };
const ids = (page: { items: { id: string }[] }) => page.items.map((a) => a.id);

/** A store on disk and an index over it whose clock the test moves. */
function setup(files: Record<string, unknown>, options: { recheckMs?: number; rebuildAbove?: number } = {}) {
  const dir = makeStore(files);
  const store = new FileStore(dir).load();
  const clock = { now: NOW };
  const index = createSearchIndex(store, { recheckMs: 0, ...options, clock: () => clock.now });
  return { dir, store, index, clock };
}

const stories = {
  'pk.json': article({
    id: 'pk',
    title: 'تعاون عسكري بين ليبيا وباكستان',
    summary: 'زيارة وفد رسمي إلى طرابلس.',
    body: [para('أكد الجيش الباكستاني استعداده لتدريب الضباط الليبيين.')],
    publishedAt: at(NOW - 2 * DAY),
  }),
  'gov.json': article({
    id: 'gov',
    title: 'الحُكُومَةُ تُعْلِنُ مَشْرُوعاً جَدِيداً لِلْمَاءِ',
    body: [para('قالت الوزارة إن المشروع يشمل ثلاث مدن.'), { type: 'heading', text: 'محطة تحلية في أكادير' }],
    publishedAt: at(NOW - 3 * DAY),
  }),
  'hosp.json': article({
    id: 'hosp',
    locale: 'en',
    title: 'Two new hospitals open in Rabat',
    body: [para('The ministry said the hospital would serve 200,000 people.')],
    tags: ['Health'],
    publishedAt: at(NOW - DAY),
  }),
  'parts.json': article({
    id: 'parts',
    locale: 'en',
    title: 'Budget debate',
    summary: 'Deputies argue over the dirham.',
    body: [
      para('Opening paragraph.'),
      { type: 'quote', text: 'We need more teachers', cite: 'A union' },
      { type: 'list', items: ['roads', 'railways'] },
    ],
    tags: ['parliament'],
    publishedAt: at(NOW - 5 * DAY),
  }),
  'draft.json': article({
    id: 'draft',
    status: 'draft',
    title: 'مسودة عن الجيش الباكستاني',
    publishedAt: at(NOW - DAY),
  }),
  'soon.json': article({
    id: 'soon',
    title: 'زيارة مرتقبة إلى باكستان',
    publishedAt: at(NOW + HOUR),
  }),
};

describe('search: Arabic matching', () => {
  const { index } = setup(stories);

  it('finds «الباكستاني» by «باكستاني», and «وباكستان» by «الباكستان»', () => {
    expect(ids(index.search('باكستاني', ar))).toEqual(['pk']);
    expect(ids(index.search('الباكستاني', ar))).toEqual(['pk']);
    expect(ids(index.search('باكستان', ar))).toEqual(['pk']);
  });

  it('finds diacritised text by a plain query, and plain text by a diacritised one', () => {
    expect(ids(index.search('الحكومة تعلن مشروعا', ar))).toEqual(['gov']);
    expect(ids(index.search('الجَيْشُ', ar))).toEqual(['pk']);
  });

  it('ignores the spelling variants of alef, teh marbuta and alef maksura', () => {
    expect(ids(index.search('اكادير', ar))).toEqual(['gov']);
    expect(ids(index.search('الحكومه', ar))).toEqual(['gov']);
    expect(ids(index.search('الى طرابلس', ar))).toEqual(['pk']);
  });

  it('finds a word with an attached preposition typed in the query', () => {
    expect(ids(index.search('بالماء', ar))).toEqual(['gov']);
    expect(ids(index.search('بباكستان', ar))).toEqual(['pk']);
  });

  it('matches the last word as a prefix', () => {
    expect(ids(index.search('باكست', ar))).toEqual(['pk']);
    expect(ids(index.search('تحلي', ar))).toEqual(['gov']);
  });

  it('returns the query words as normalised, for highlighting', () => {
    expect(index.search('الحُكُومَة  الجديدة', ar).terms).toEqual(['الحكومه', 'الجديده']);
  });

  it('keeps the locales apart', () => {
    expect(ids(index.search('hospital', ar))).toEqual([]);
    expect(ids(index.search('باكستان', en))).toEqual([]);
  });
});

describe('search: English matching', () => {
  const { index } = setup(stories);

  it('finds singular and plural, in any case', () => {
    expect(ids(index.search('hospital', en))).toEqual(['hosp']);
    expect(ids(index.search('HOSPITALS', en))).toEqual(['hosp']);
  });

  it('looks in the title, summary, body (quotes and lists too) and tags', () => {
    for (const q of ['budget', 'dirham', 'teacher', 'railway', 'parliament']) expect(ids(index.search(q, en)), q).toEqual(['parts']);
    expect(ids(index.search('health', en))).toEqual(['hosp']);
  });

  it('needs every word, and falls back to any word when no story has them all', () => {
    expect(ids(index.search('hospital rabat', en))).toEqual(['hosp']);
    expect(ids(index.search('hospital railways', en)).sort()).toEqual(['hosp', 'parts']);
  });

  it('forgives one typo in a long English word when nothing else matches', () => {
    expect(ids(index.search('hospitl', en))).toEqual(['hosp']);
  });
});

describe('search: what readers may see', () => {
  it('never indexes or returns drafts and scheduled stories for readers', () => {
    const { index } = setup(stories);
    expect(ids(index.search('الباكستاني', ar))).toEqual(['pk']);
    expect(ids(index.search('مسودة', ar))).toEqual([]);
    expect(ids(index.search('مرتقبة', ar))).toEqual([]);
    // The readers' index holds the three visible Arabic stories only.
    expect(index.sizes('ar')).toEqual({ visible: 2, hidden: 0 });
  });

  it('lets preview find drafts and scheduled stories, without readers getting them after', () => {
    const { index } = setup(stories);
    const editor = { locale: 'ar', vis: { preview: true, now: NOW } } as const;
    expect(ids(index.search('الباكستاني', editor)).sort()).toEqual(['draft', 'pk']);
    expect(ids(index.search('مرتقبة', editor))).toEqual(['soon']);
    expect(index.sizes('ar')).toEqual({ visible: 2, hidden: 2 });
    expect(ids(index.search('الباكستاني', ar))).toEqual(['pk']);
    expect(ids(index.search('مرتقبة', ar))).toEqual([]);
  });

  it('makes a scheduled story findable once its time has come, with nothing changed on disk', () => {
    const { index, clock } = setup(stories, { recheckMs: 60_000 });
    expect(ids(index.search('مرتقبة', ar))).toEqual([]);
    clock.now = NOW + 2 * HOUR;
    expect(ids(index.search('مرتقبة', { locale: 'ar', vis: { preview: false, now: clock.now } }))).toEqual(['soon']);
    // A reader whose request started before that time still does not get it.
    expect(ids(index.search('مرتقبة', ar))).toEqual([]);
  });
});

describe('search: order and pages', () => {
  it('puts the newest first among equal matches, and a title match before a body match', () => {
    const files: Record<string, unknown> = {};
    for (let i = 0; i < 5; i++)
      files[`m${i}.json`] = article({ id: `m-${i}`, title: `تقرير السوق رقم ${i}`, publishedAt: at(NOW - (10 - i) * DAY) });
    files['body.json'] = article({ id: 'body-only', title: 'أخبار اليوم', body: [para('كلمة عن السوق في النص.')], publishedAt: at(NOW - 10 * DAY) });
    // Stories without the word, as most of a store is (a word in every title weighs little).
    for (let i = 0; i < 20; i++) files[`o${i}.json`] = article({ id: `other-${i}`, title: `خبر آخر ${i}` });
    const { index } = setup(files);
    expect(ids(index.search('السوق', ar))).toEqual(['m-4', 'm-3', 'm-2', 'm-1', 'm-0', 'body-only']);
  });

  it('pages results, ten by default, without repeats', () => {
    const files: Record<string, unknown> = {};
    for (let i = 0; i < 25; i++) files[`r${i}.json`] = article({ id: `r-${i}`, locale: 'en', title: `Market report ${i}`, publishedAt: at(NOW - (i + 1) * HOUR) });
    const { index } = setup(files);
    const first = index.search('market', en);
    expect(first).toMatchObject({ total: 25, page: 1, pages: 3 });
    expect(first.items).toHaveLength(10);
    const pages = [1, 2, 3].map((page) => ids(index.search('market', { ...en, page })));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(new Set(pages.flat()).size).toBe(25);
    expect(pages[0]![0]).toBe('r-0');
    expect(index.search('market', { ...en, page: 4 })).toMatchObject({ items: [], total: 25, page: 4, pages: 3 });
    expect(index.search('market', { ...en, pageSize: 7 })).toMatchObject({ pages: 4 });
    expect(index.search('market', { ...en, page: 0, pageSize: -3 })).toMatchObject({ page: 1, pages: 25 });
  });
});

describe('search: queries it cannot run', () => {
  const { index } = setup(stories);
  const empty = { items: [], total: 0, page: 1, pages: 1, terms: [] };

  it('gives empty results for an empty, blank or punctuation-only query', () => {
    for (const q of ['', '   ', '؟!،', 'و']) expect(index.search(q, ar), JSON.stringify(q)).toEqual(empty);
    expect(queryProblem('  ')).toBe('empty');
  });

  it('gives empty results for a query longer than MAX_QUERY_LENGTH', () => {
    const long = 'باكستان '.repeat(40);
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(index.search(long, ar)).toEqual(empty);
    expect(queryProblem(long)).toBe('too-long');
    expect(queryProblem('باكستان')).toBeUndefined();
  });
});

describe('search: following the store', () => {
  it('finds a story added on disk once the store has read it', () => {
    const { dir, store, index } = setup(stories);
    expect(ids(index.search('زنجبار', ar))).toEqual([]);
    writeFile(dir, 'new/zanzibar.json', article({ id: 'zanzibar', title: 'رحلة إلى زنجبار', publishedAt: at(NOW - HOUR) }));
    store.refreshFile('articles/new/zanzibar.json');
    expect(ids(index.search('زنجبار', ar))).toEqual(['zanzibar']);
  });

  it('checks the store at most every recheckMs, and then catches up', () => {
    const { dir, store, index, clock } = setup(stories, { recheckMs: 5000 });
    expect(ids(index.search('زنجبار', ar))).toEqual([]);
    writeFile(dir, 'zanzibar.json', article({ id: 'zanzibar', title: 'رحلة إلى زنجبار', publishedAt: at(NOW - HOUR) }));
    store.refreshFile('articles/zanzibar.json');
    expect(ids(index.search('زنجبار', ar))).toEqual([]);
    clock.now += 6000;
    expect(ids(index.search('زنجبار', ar))).toEqual(['zanzibar']);
  });

  it('follows an edit, and drops a story that became a draft or was deleted', () => {
    const { dir, store, index } = setup(stories, { recheckMs: 60_000 });
    expect(ids(index.search('الباكستاني', ar))).toEqual(['pk']);
    // Turned into a draft: gone at once, before the index even re-checks the store.
    writeFile(dir, 'pk.json', { ...stories['pk.json'], status: 'draft' });
    store.refreshFile('articles/pk.json');
    expect(ids(index.search('الباكستاني', ar))).toEqual([]);

    const fresh = setup(stories);
    writeFile(fresh.dir, 'gov.json', { ...stories['gov.json'], title: 'خطة وطنية للطاقة الشمسية' });
    fresh.store.refreshFile('articles/gov.json');
    expect(ids(fresh.index.search('الشمسية', ar))).toEqual(['gov']);
    expect(ids(fresh.index.search('مشروعا', ar))).toEqual([]);
    fs.rmSync(path.join(fresh.dir, 'articles', 'hosp.json'));
    fresh.store.refreshFile('articles/hosp.json');
    expect(ids(fresh.index.search('hospital', en))).toEqual([]);
  });

  it('follows the store’s generation counter', () => {
    const dir = makeStore(stories);
    const store = new FileStore(dir).load();
    const index = createSearchIndex(store, { recheckMs: 0, clock: () => NOW });
    expect(ids(index.search('زنجبار', ar))).toEqual([]);
    const before = store.generation;
    writeFile(dir, 'zanzibar.json', article({ id: 'zanzibar', title: 'رحلة إلى زنجبار', publishedAt: at(NOW - HOUR) }));
    store.refreshFile('articles/zanzibar.json');
    expect(store.generation).toBeGreaterThan(before);
    expect(ids(index.search('زنجبار', ar))).toEqual(['zanzibar']);
  });

  it('rebuilds a large change in the background, answering from the old index meanwhile', async () => {
    const { dir, store, index } = setup(stories, { rebuildAbove: 0 });
    expect(ids(index.search('باكستاني', ar))).toEqual(['pk']);
    // Every article is a new object after a reload, and the story became a draft.
    writeFile(dir, 'pk.json', { ...stories['pk.json'], status: 'draft' });
    store.load();
    // The old index still holds it, but it is checked against the store: not returned.
    expect(ids(index.search('باكستاني', ar))).toEqual([]);
    expect(index.sizes('ar').visible).toBe(2);
    expect(ids(index.search('الحكومة', ar))).toEqual(['gov']);
    await index.settled();
    expect(ids(index.search('باكستاني', ar))).toEqual([]);
    expect(index.sizes('ar').visible).toBe(1);
    // Published again: found once the rebuild this change starts is in.
    writeFile(dir, 'pk.json', stories['pk.json']);
    store.load();
    expect(ids(index.search('باكستاني', ar))).toEqual([]);
    await index.settled();
    expect(ids(index.search('باكستاني', ar))).toEqual(['pk']);
    expect(index.sizes('ar').visible).toBe(2);
  });
});

describe("the content source's search", () => {
  it('uses one index per process, over the store of CONTENT_DIR, and feeds highlight()', async () => {
    const saved = { dir: process.env.CONTENT_DIR, watch: process.env.SAHIFA_WATCH };
    process.env.CONTENT_DIR = makeStore(stories);
    process.env.SAHIFA_WATCH = 'off';
    try {
      expect(getContentSource()).toBe(getContentSource());
      const result = await getContentSource().search({ text: 'الحكومه', locale: 'ar', page: 1 }, { preview: false, now: Date.now() });
      expect(ids(result)).toEqual(['gov']);
      const marks = highlight(result.items[0]!.title, result.terms, 'ar').filter((s) => s.match);
      expect(marks.map((s) => s.text)).toEqual(['الحُكُومَةُ']);
    } finally {
      process.env.CONTENT_DIR = saved.dir;
      process.env.SAHIFA_WATCH = saved.watch;
      if (saved.dir === undefined) delete process.env.CONTENT_DIR;
      if (saved.watch === undefined) delete process.env.SAHIFA_WATCH;
    }
  });
});
