// Each page type asks the content source what it needs once per render: a counting
// source wraps the demo store, React's per-request cache is stood in for by a memo
// that lives for one test (one render), and the test fails on any question asked twice.
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilesSource } from '@/lib/content/files/source';
import { FileStore } from '@/lib/content/files/store';
import type { ContentSource } from '@/lib/content/source';
import { pickIds } from '@/lib/content/types';

const calls: string[] = [];
/** While counting rounds: the questions asked and not yet answered. */
let held: (() => void)[] | undefined;
const memo = new Map<unknown, Map<string, unknown>>();
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
/** A primitive by its value, an object or function by its identity (Object.is), as React's cache. */
function argKey(a: unknown): string {
  if ((typeof a !== 'object' && typeof a !== 'function') || a === null) return `${typeof a}:${String(a)}`;
  if (!identities.has(a)) identities.set(a, ++nextIdentity);
  return `ref:${identities.get(a)}`;
}

vi.mock('react', async (original) => ({
  ...(await original<typeof import('react')>()),
  // React's cache() for one request: same function, same arguments, one call. As React's,
  // an object argument is the same only when it is the same object (an equal copy is not).
  cache:
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const byArgs = memo.get(fn) ?? memo.set(fn, new Map()).get(fn)!;
      const key = args.map(argKey).join('|');
      if (!byArgs.has(key)) byArgs.set(key, fn(...args));
      return byArgs.get(key) as R;
    },
}));
// An editor's preview, as lib/preview decides it from the request's cookies.
vi.mock('@/lib/preview/session', () => ({ previewActive: async () => preview.on }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => Object.assign((key: string) => key, { raw: (key: string) => key }) }));
vi.mock('@/lib/reads/top', () => ({ topIds: async () => [] }));

const preview = { on: false };
const store = new FileStore(path.resolve('content')).load();
const real = new FilesSource(store);
/** The demo store behind a source that writes down every question. */
const counting = new Proxy(real, {
  get(target, name: string) {
    const value = Reflect.get(target, name) as unknown;
    if (typeof value !== 'function') return value;
    return (...args: unknown[]) => {
      calls.push(`${name}(${JSON.stringify(args.map((a) => (a && typeof a === 'object' && 'id' in a ? (a as { id: string }).id : a)))})`);
      const answer = (value as (...a: unknown[]) => unknown).apply(target, args);
      // Held until the test answers the round (see rounds()), as a database answers later.
      return held ? new Promise((resolve) => held!.push(() => resolve(answer))) : answer;
    };
  },
}) as ContentSource;
vi.mock('@/lib/content/instance', () => ({ getContentSource: () => counting }));

const { loadHome } = await import('./home');
const { loadSection } = await import('./section');
const { findArticle, loadArticlePage, loadBoth } = await import('./article');
const { loadSearch } = await import('./search');
const { loadDesk } = await import('./desk');
const { loadSections } = await import('./shared');
const { loadLiteHome } = await import('./lite/home');
const { loadLiteSection } = await import('./lite/section');
const { loadLiteArticle } = await import('./lite/article');

beforeEach(() => {
  calls.length = 0;
  memo.clear();
  preview.on = false;
});
afterAll(() => store.dispose());

/** Every question asked, with how often; none may be asked twice with the same arguments. */
function expectEachOnce() {
  const repeated = calls.filter((c, i) => calls.indexOf(c) !== i);
  expect(repeated, `asked more than once:\n${repeated.join('\n')}`).toEqual([]);
  expect(calls.filter((c) => c.startsWith('sections(')).length).toBe(1);
}

/**
 * How many rounds of questions `load` takes: each round answers everything asked so far,
 * then lets the loader go on until it waits again. A database answers a round in one trip.
 */
async function rounds<T>(load: () => Promise<T>): Promise<number> {
  held = [];
  let done = false;
  let n = 0;
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  const running = load().finally(() => (done = true));
  try {
    await settle();
    while (!done) {
      const answer = held.splice(0);
      expect(answer.length, 'the loader waits on nothing it asked').toBeGreaterThan(0);
      n++;
      for (const a of answer) a();
      await settle();
    }
    await running;
    return n;
  } finally {
    held = undefined;
  }
}

const rich = store.all({ locale: 'ar' }, { preview: false, now: Date.now() }).find((a) => pickIds(a).length > 0 && store.translation(a, { preview: false, now: Date.now() }))!;

describe('page loaders ask the content source once per render', () => {
  it('home: layout, metadata and page together', async () => {
    await Promise.all([loadSections(), loadHome('ar'), loadHome('ar')]);
    expectEachOnce();
    expect(calls.some((c) => c.startsWith('latest('))).toBe(true);
  });

  it('section page', async () => {
    await Promise.all([loadSections(), loadSection('ar', 'news', 1), loadSection('ar', 'news', 1)]);
    expectEachOnce();
    expect(calls.filter((c) => c.startsWith('page(')).length).toBe(1);
  });

  it('article: the lookup (metadata and page) and the rest of the page', async () => {
    const found = await findArticle('ar', rich.section, rich.id);
    await findArticle('ar', rich.section, rich.id);
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    await Promise.all([loadSections(), loadArticlePage('ar', found)]);
    expectEachOnce();
    // The translation is worked out once, for metadata, switch and "read both" alike.
    expect(calls.filter((c) => c.startsWith('translations(')).length).toBe(1);
    expect(calls.filter((c) => c.startsWith('article(')).length).toBe(1);
  });

  it('article, section and home pages ask in as few rounds as their questions allow', async () => {
    // The story and the sections; then everything else at once (translation, lists, teasers).
    expect(await rounds(async () => {
      const found = await findArticle('ar', rich.section, rich.id);
      if (found.kind === 'found') await loadArticlePage('ar', found);
    })).toBe(2);
    memo.clear();
    // The sections, then the page, its count and the lists.
    expect(await rounds(() => loadSection('ar', 'news', 2))).toBe(2);
    memo.clear();
    // The teasers leave out the newest stories: they wait for them.
    expect(await rounds(() => loadHome('ar'))).toBe(2);
  });

  it('side by side', async () => {
    const data = await loadBoth('ar', rich.section, rich.id);
    await loadBoth('ar', rich.section, rich.id);
    expect(data?.translation.locale).toBe('en');
    expectEachOnce();
  });

  it('search', async () => {
    await Promise.all([loadSections(), loadSearch('ar', 'المغرب', 1), loadSearch('ar', 'المغرب', 1)]);
    expectEachOnce();
    expect(calls.filter((c) => c.startsWith('search(')).length).toBe(1);
  });

  it('desk, and only in preview', async () => {
    expect(await loadDesk('ar')).toBeUndefined();
    memo.clear();
    calls.length = 0;
    preview.on = true;
    const desk = await loadDesk('ar');
    expect(desk?.waiting.length).toBeGreaterThan(0);
    expectEachOnce();
  });

  it('lite pages: each question once, and what readers see even in preview', async () => {
    preview.on = true;
    await loadLiteHome('ar');
    expectEachOnce();
    memo.clear();
    calls.length = 0;
    expect((await loadLiteSection('ar', 'news', 1))?.items.length).toBeGreaterThan(0);
    expectEachOnce();
    memo.clear();
    calls.length = 0;
    const lite = await loadLiteArticle('ar', rich.section, rich.id);
    expect(lite.kind).toBe('found');
    expectEachOnce();
    const draft = store.unpublished().find((a) => a.status === 'draft')!;
    expect((await loadLiteArticle(draft.locale, draft.section, draft.id)).kind).toBe('missing');
  });
});
