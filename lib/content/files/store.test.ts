import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from './store';
import { article, makeStore, writeFile } from '../test-store';
import { pickIds } from '../types';
import { BodyLog } from './body-log';
import { MAX_FILE_BYTES } from './read';

const reader = { preview: false, get now() { return Date.now(); } };
const editor = { preview: true, get now() { return Date.now(); } };
const errorsOf = (s: FileStore) => s.problems().filter((p) => p.level === 'error');

describe('loading a store', () => {
  it('reads articles at any depth and answers by id', () => {
    const a = article({ id: 'deep-one' });
    const s = new FileStore(makeStore({ '2026/01/x/deep-one.json': a, 'top.json': article({ id: 'top' }) })).load();
    expect(s.article('deep-one', reader)?.title).toBe(a.title);
    expect(s.article('top', reader)).toBeDefined();
    expect(errorsOf(s)).toEqual([]);
  });

  it('lists a section newest first, per locale, and pages it', () => {
    const files: Record<string, unknown> = {};
    for (let i = 0; i < 25; i++) files[`n${i}.json`] = article({ id: `n-${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() });
    files['en.json'] = article({ id: 'english', locale: 'en' });
    files['sport.json'] = article({ id: 'sport', section: 'sports' });
    const s = new FileStore(makeStore(files)).load();
    const p1 = s.page({ locale: 'ar', section: 'news' }, 1, 20, reader);
    expect(p1.total).toBe(25);
    expect(p1.pages).toBe(2);
    expect(p1.items[0]!.id).toBe('n-24');
    expect(p1.items.map((a) => a.published)).toEqual([...p1.items.map((a) => a.published)].sort((a, b) => b - a));
    expect(s.page({ locale: 'ar', section: 'news' }, 2, 20, reader).items.map((a) => a.id)).toEqual(['n-4', 'n-3', 'n-2', 'n-1', 'n-0']);
    expect(s.page({ locale: 'en', section: 'news' }, 1, 20, reader).items.map((a) => a.id)).toEqual(['english']);
  });
});

describe('visibility', () => {
  const now = Date.UTC(2026, 5, 1);
  const dir = makeStore({
    'pub.json': article({ id: 'pub', publishedAt: '2026-05-01T10:00:00+01:00' }),
    'draft.json': article({ id: 'draft', status: 'draft', publishedAt: '2026-05-02T10:00:00+01:00' }),
    'soon.json': article({ id: 'soon', publishedAt: '2026-06-02T10:00:00+01:00' }),
  });
  const s = new FileStore(dir).load();

  it('shows readers only published stories whose time has come', () => {
    const view = { preview: false, now };
    expect(s.article('pub', view)).toBeDefined();
    expect(s.article('draft', view)).toBeUndefined();
    expect(s.article('soon', view)).toBeUndefined();
    expect(s.latest({ locale: 'ar' }, 10, view).map((a) => a.id)).toEqual(['pub']);
    expect(s.page({ locale: 'ar', section: 'news' }, 1, 20, view).items.map((a) => a.id)).toEqual(['pub']);
    expect(s.all({ locale: 'ar' }, view).map((a) => a.id)).toEqual(['pub']);
  });

  it('shows preview everything', () => {
    const view = { preview: true, now };
    expect(s.latest({ locale: 'ar' }, 10, view).map((a) => a.id)).toEqual(['soon', 'draft', 'pub']);
  });

  it('publishes a scheduled story by itself when its time comes', () => {
    const later = { preview: false, now: Date.parse('2026-06-02T10:00:00+01:00') };
    expect(s.latest({ locale: 'ar' }, 10, later).map((a) => a.id)).toEqual(['soon', 'pub']);
  });

  it('lists drafts and scheduled stories for the desk', () => {
    expect(s.unpublished(now).map((a) => a.id)).toEqual(['soon', 'draft']);
  });
});

describe('broken input never takes the store down', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['not JSON', '{ "id": "x", ', '', /not valid JSON/],
    ['a missing field', (() => { const a = article({ id: 'no-title' }); delete a.title; return a; })(), 'title', /required/],
    ['an unknown block type', article({ id: 'bad-block', body: [{ type: 'video', src: 'x' }] }), 'body.0.type', /unknown block type/],
    ['a bad source url', article({ id: 'bad-src', source: { name: 'X', url: 'javascript:alert(1)' } }), 'source.url', /http or https/],
    ['a bad id', article({ id: 'Bad Id' }), 'id', /lower-case/],
    ['a date without offset', article({ id: 'no-offset', publishedAt: '2026-01-01T10:00:00' }), 'publishedAt', /offset/],
    ['an update before publication', article({ id: 'early', publishedAt: '2026-01-02T10:00:00Z', updatedAt: '2026-01-01T10:00:00Z' }), 'updatedAt', /before/],
    ['an unknown locale', article({ id: 'fr', locale: 'fr' }), 'locale', /"ar" or "en"/],
    ['an empty body', article({ id: 'empty', body: [] }), 'body', /at least one/],
    ['an image without size', article({ id: 'img', image: { src: '/media/x.jpg', alt: 'x' } }), 'image.width', /required/],
    ['a title over 300 characters', article({ id: 'long', title: 'ا'.repeat(301) }), 'title', /300/],
  ];
  for (const [name, value, field, reason] of cases) {
    it(`leaves out a file with ${name} and reports its path, field and reason`, () => {
      const s = new FileStore(makeStore({ 'good.json': article({ id: 'good' }), 'bad/broken.json': value })).load();
      expect(s.article('good', reader)).toBeDefined();
      const errors = errorsOf(s);
      expect(errors.every((e) => e.file === 'articles/bad/broken.json')).toBe(true);
      const hit = errors.find((e) => e.field === field);
      expect(hit, JSON.stringify(errors)).toBeDefined();
      expect(hit!.reason).toMatch(reason);
      expect(s.all({}, editor).map((a) => a.id)).toEqual(['good']);
    });
  }

  it('leaves out a story in an unknown section', () => {
    const s = new FileStore(makeStore({ 'a.json': article({ id: 'lost', section: 'weather' }) })).load();
    expect(s.article('lost', editor)).toBeUndefined();
    expect(errorsOf(s)[0]).toMatchObject({ file: 'articles/a.json', field: 'section' });
  });

  it('keeps the first of two files with the same id, by path order, and reports the other', () => {
    const s = new FileStore(makeStore({ 'b/dup.json': article({ id: 'dup', title: 'الثاني' }), 'a/dup.json': article({ id: 'dup', title: 'الأول' }) })).load();
    expect(s.article('dup', reader)?.title).toBe('الأول');
    expect(errorsOf(s)).toEqual([expect.objectContaining({ file: 'articles/b/dup.json', field: 'id', reason: expect.stringContaining('articles/a/dup.json') })]);
  });

  it('warns about editor picks and translations that do not resolve, and same-locale translations', () => {
    const s = new FileStore(
      makeStore({
        'a.json': article({ id: 'a', seeAlso: ['nowhere'] }),
        'b.json': article({ id: 'b', translationOf: 'a' }),
        'c.json': article({ id: 'c', locale: 'en', translationOf: 'missing' }),
      }),
    ).load();
    const warnings = s.problems().filter((p) => p.level === 'warning');
    expect(warnings.map((w) => `${w.file}:${w.field}`).sort()).toEqual(['articles/a.json:seeAlso', 'articles/b.json:translationOf', 'articles/c.json:translationOf']);
    expect(errorsOf(s)).toEqual([]);
  });

  it('reports a broken sections.json at start (the instance then refuses to serve: instance.test.ts)', () => {
    const s = new FileStore(makeStore({ 'a.json': article() }, '[{"id": "news"')).load();
    expect(errorsOf(s).some((p) => p.file === 'sections.json')).toBe(true);
    expect(s.sections()).toEqual([]);
  });

  it('leaves out a section named like a page of the site (its URL would be the lite edition, search…)', () => {
    const s = new FileStore(makeStore({ 'a.json': article() }, JSON.stringify([{ id: 'news', name: { ar: 'أخبار', en: 'News' } }, { id: 'lite', name: { ar: 'خفيف', en: 'Lite' } }]))).load();
    expect(s.sections().map((x) => x.id)).toEqual(['news']);
    expect(errorsOf(s)).toEqual([expect.objectContaining({ file: 'sections.json', field: '1.id' })]);
  });

  it('keeps the last valid sections when sections.json breaks while serving, and says so', () => {
    const dir = makeStore({ 'a.json': article({ id: 'a' }) });
    const s = new FileStore(dir).load();
    fs.writeFileSync(path.join(dir, 'sections.json'), '[{"id": "news", "name": {"ar": "أخ'); // caught half-saved
    s.folder.reloadSections();
    expect(s.sections().map((x) => x.id)).toEqual(['news', 'sports']);
    expect(s.article('a', reader)).toBeDefined();
    expect(s.folder.sectionsStale).toBe(true);
    expect(errorsOf(s).find((p) => p.file === 'sections.json')?.reason).toMatch(/last valid sections/);
    fs.writeFileSync(path.join(dir, 'sections.json'), JSON.stringify([{ id: 'news', name: { ar: 'أخبار', en: 'News' } }]));
    s.folder.reloadSections();
    expect(s.folder.sectionsStale).toBe(false);
    expect(s.sections().map((x) => x.id)).toEqual(['news']);
    expect(errorsOf(s)).toEqual([]);
  });

  it('leaves a story out at once when its file becomes invalid, as a start would, and takes it back when fixed', () => {
    const dir = makeStore({ 'x.json': article({ id: 'x', title: 'الأصل' }) });
    const s = new FileStore(dir).load();
    writeFile(dir, 'x.json', { ...article({ id: 'x', title: 'الأصل' }), status: 'withdrawn' });
    s.refreshFile('articles/x.json');
    expect(s.article('x', reader)).toBeUndefined();
    expect(s.latest({ locale: 'ar' }, 10, reader).map((a) => a.id)).not.toContain('x');
    expect(errorsOf(s)[0]).toMatchObject({ file: 'articles/x.json', field: 'status' });
    // Two instances, started before and after the edit, agree.
    expect(new FileStore(dir).load().article('x', reader)).toBeUndefined();
    writeFile(dir, 'x.json', article({ id: 'x', title: 'المعدل' }));
    s.refreshFile('articles/x.json');
    expect(s.article('x', reader)?.title).toBe('المعدل');
    expect(errorsOf(s)).toEqual([]);
  });

  it('refuses a story file over the size limit, with a clear problem', () => {
    const big = article({ id: 'big', body: [{ type: 'paragraph', text: 'ن'.repeat(MAX_FILE_BYTES) }] });
    const s = new FileStore(makeStore({ 'big.json': big, 'ok.json': article({ id: 'ok' }) })).load();
    expect(s.article('big', reader)).toBeUndefined();
    expect(s.article('ok', reader)).toBeDefined();
    expect(errorsOf(s)).toEqual([expect.objectContaining({ file: 'articles/big.json', reason: expect.stringMatching(/over the 2 MB limit/) })]);
  });

  it('treats links and pipes the same at start and on a change: skipped and reported, never read', () => {
    const outside = makeStore({ 'secret.json': article({ id: 'outside' }) });
    const dir = makeStore({ 'ok.json': article({ id: 'ok' }) });
    const articles = path.join(dir, 'articles');
    fs.symlinkSync(path.join(outside, 'articles', 'secret.json'), path.join(articles, 'link.json'));
    execFileSync('mkfifo', [path.join(articles, 'pipe.json')]);
    const s = new FileStore(dir).load();
    const reasons = () => Object.fromEntries(errorsOf(s).map((p) => [p.file, p.reason]));
    expect(s.article('outside', reader)).toBeUndefined();
    expect(reasons()).toEqual({ 'articles/link.json': expect.stringMatching(/symbolic link/), 'articles/pipe.json': expect.stringMatching(/not a regular file/) });
    // A change to either is handled the same way, and a pipe does not block.
    s.refreshFile('articles/link.json');
    s.refreshFile('articles/pipe.json');
    s.folder.rescan();
    expect(s.article('outside', reader)).toBeUndefined();
    expect(Object.keys(reasons())).toEqual(['articles/link.json', 'articles/pipe.json']);
    expect(s.article('ok', reader)).toBeDefined();
  });
});

describe('following changes', () => {
  it('adds, edits and removes articles file by file', () => {
    const dir = makeStore({ 'a.json': article({ id: 'a' }) });
    const s = new FileStore(dir).load();
    writeFile(dir, '2026/new.json', article({ id: 'new' }));
    s.refreshFile('articles/2026/new.json');
    expect(s.article('new', reader)).toBeDefined();
    fs.rmSync(path.join(dir, 'articles/a.json'));
    s.refreshFile('articles/a.json');
    expect(s.article('a', reader)).toBeUndefined();
  });

  it('rescans a folder that appeared', () => {
    const dir = makeStore({});
    const s = new FileStore(dir).load();
    writeFile(dir, 'x/y/z.json', article({ id: 'z' }));
    s.folder.rescan();
    expect(s.article('z', reader)).toBeDefined();
  });

  it('notices a change on disk by itself when watching', async () => {
    const dir = makeStore({ 'a.json': article({ id: 'a', title: 'قبل' }) });
    const s = new FileStore(dir).load();
    s.watch();
    try {
      writeFile(dir, 'a.json', article({ id: 'a', title: 'بعد' }));
      writeFile(dir, 'new/b.json', article({ id: 'b' }));
      await expect.poll(() => s.article('a', reader)?.title, { timeout: 5000 }).toBe('بعد');
      await expect.poll(() => s.article('b', reader)?.id, { timeout: 5000 }).toBe('b');
    } finally {
      s.folder.close();
    }
  });
});

describe('questions', () => {
  const dir = makeStore({
    'main.json': article({ id: 'main', tags: ['ماء', 'سدود'], seeAlso: ['pick', 'nowhere', 'main'] }),
    'pick.json': article({ id: 'pick', tags: ['ماء'] }),
    'tag.json': article({ id: 'tagged', section: 'sports', tags: ['ماء'] }),
    'same.json': article({ id: 'same-section' }),
    'other.json': article({ id: 'other', section: 'sports' }),
    'en.json': article({ id: 'main-en', locale: 'en', translationOf: 'main' }),
    'hidden.json': article({ id: 'hidden', status: 'draft', tags: ['ماء'] }),
  });
  const s = new FileStore(dir).load();
  const main = s.article('main', reader)!;

  it('resolves editor picks in order, skipping missing ids and itself', () => {
    expect(s.articles(pickIds(main), reader).map((a) => a.id)).toEqual(['pick']);
  });

  it('finds related stories by tags and section, never itself, a pick, or a hidden story', () => {
    const ids = s.related(main, 3, reader).map((a) => a.id);
    expect(ids[0]).toBe('tagged');
    expect(ids).not.toContain('main');
    expect(ids).not.toContain('pick');
    expect(ids).not.toContain('hidden');
    expect(ids).toContain('same-section');
  });

  it('links translations in both directions', () => {
    expect(s.translation(main, reader)?.id).toBe('main-en');
    expect(s.translation(s.article('main-en', reader)!, reader)?.id).toBe('main');
  });
});

describe('bodies', () => {
  it('reads bodies back from the body log, and drops a broken file\'s', () => {
    const body = [{ type: 'paragraph', text: 'الفقرة الأولى.' }, { type: 'heading', text: 'عنوان فرعي' }];
    const dir = makeStore({ 'b.json': article({ id: 'b', body }) });
    const s = new FileStore(dir).load();
    expect(s.article('b', reader)!.body).toEqual(body);
    writeFile(dir, 'b.json', '{"id": "b", "body": [');
    s.refreshFile('articles/b.json');
    expect(s.article('b', reader)).toBeUndefined();
    expect(s.folder.bodies.stats.live).toBe(0);
    s.dispose();
  });

  it('keeps the body log bounded: sections reloads add nothing, edits are compacted away', () => {
    const dir = makeStore({ 'a.json': article({ id: 'a' }), 'b.json': article({ id: 'b' }) });
    const s = new FileStore(dir).load();
    const { size } = s.folder.bodies.stats;
    for (let i = 0; i < 100; i++) s.folder.reloadSections();
    expect(s.folder.bodies.stats.size).toBe(size);
    s.dispose();

    const log = new BodyLog(10, 1000);
    const file = (text: string) => Buffer.from(JSON.stringify({ body: [{ type: 'paragraph', text }] }));
    const keep = log.append(file('ثابت'.repeat(50)));
    let ref = log.append(file('نسخة 0'));
    for (let i = 1; i <= 500; i++) {
      const next = log.append(file(`نسخة ${i} `.repeat(20)));
      log.release(ref);
      ref = next;
    }
    const { size: after, live } = log.stats;
    expect(after).toBeLessThanOrEqual(2 * live + 1000);
    expect(log.body(keep)).toEqual([{ type: 'paragraph', text: 'ثابت'.repeat(50) }]);
    expect(log.body<{ text: string }[]>(ref)[0]!.text).toBe('نسخة 500 '.repeat(20));
    log.close();
  });
});

describe('editing in place', () => {
  it('swaps an edited story without rebuilding, and rebuilds when it moves', () => {
    // The same time in each version: test-store's article() otherwise gives each call a new one.
    const at = '2026-01-01T10:00:00+01:00';
    const dir = makeStore({ 'a.json': article({ id: 'a', title: 'قبل', tags: ['ماء'], publishedAt: at }), 'b.json': article({ id: 'b' }) });
    const s = new FileStore(dir).load();
    // The lists the store built (one object while they are not rebuilt).
    const lists = () => (s as unknown as { indexes(): object }).indexes();
    s.latest({ locale: 'ar' }, 5, reader);
    const built = lists();
    writeFile(dir, 'a.json', article({ id: 'a', title: 'بعد', tags: ['ماء'], publishedAt: at }));
    s.refreshFile('articles/a.json');
    expect(s.article('a', reader)?.title).toBe('بعد');
    expect(lists()).toBe(built); // swapped in place, not rebuilt
    expect(s.latest({ locale: 'ar' }, 5, reader).find((x) => x.id === 'a')?.title).toBe('بعد');
    expect(s.related(s.article('b', reader)!, 5, reader).find((x) => x.id === 'a')?.title).toBe('بعد');
    writeFile(dir, 'a.json', article({ id: 'a', title: 'بعد', section: 'sports', publishedAt: at }));
    s.refreshFile('articles/a.json');
    expect(lists()).not.toBe(built); // filed elsewhere: rebuilt
    expect(s.page({ locale: 'ar', section: 'sports' }, 1, 20, reader).items.map((x) => x.id)).toEqual(['a']);
    expect(s.page({ locale: 'ar', section: 'news' }, 1, 20, reader).items.map((x) => x.id)).toEqual(['b']);
  });
});
