// The schema refuses text PostgreSQL cannot store (a NUL, a lone surrogate) wherever it is,
// so both sources leave such a story out and content:check names it.
import { describe, expect, it } from 'vitest';
import { checkStore } from './check';
import { FileStore } from './files/store';
import { articleSchema, sectionsSchema } from './schema';
import { article, makeStore, writeFile } from './test-store';
import { storableText, textFault } from './unicode';

const issues = (value: unknown) => {
  const r = articleSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('text a story may hold', () => {
  it('refuses a NUL character or a lone surrogate in any string, naming the field', () => {
    expect(issues(article({ title: 'قبل\u0000بعد' }))).toEqual([['title', expect.stringMatching(/NUL character/)]]);
    expect(issues(article({ body: [{ type: 'paragraph', text: 'ok' }, { type: 'list', items: ['a', 'b\ud83d'] }] }))).toEqual([['body.1.items.1', expect.stringMatching(/lone surrogate/)]]);
    expect(issues(article({ tags: ['\udc00x'] }))).toEqual([['tags.0', expect.stringMatching(/lone surrogate/)]]);
    expect(issues(article({ image: { src: '/media/a.jpg', alt: 'a', caption: 'x\u0000', width: 1, height: 1 } }))).toEqual([['image.caption', expect.stringMatching(/NUL/)]]);
    expect(sectionsSchema.safeParse([{ id: 'news', name: { ar: 'أخبار', en: 'News\u0000' } }]).success).toBe(false);
  });

  it('accepts whole surrogate pairs (emoji) and every other character', () => {
    expect(issues(article({ title: 'هدف 🎉 رائع', summary: 'tab\tand\u200f marks \ufffd' }))).toEqual([]);
    expect(textFault('😀')).toBeUndefined();
    expect(textFault('\ud83d\ude00\ud83d')).toMatch(/lone surrogate/);
    expect(storableText('a\u0000b\ud83dc😀')).toBe('a\ufffdb\ufffdc😀');
  });

  it('leaves such a story out of the store and content:check names it with path, field and reason', () => {
    const dir = makeStore({ 'good.json': article({ id: 'good' }) });
    // As an editor's tool writes them: JSON escapes, not raw characters.
    writeFile(dir, 'nul.json', JSON.stringify(article({ id: 'nul' })).replace('"نص الخبر."', '"نص\\u0000الخبر"'));
    writeFile(dir, 'half.json', JSON.stringify(article({ id: 'half' })).replace(/"title":"[^"]*"/, '"title":"\\ud83d"'));
    const store = new FileStore(dir).load();
    expect(store.all({}, { preview: true, now: Date.now() }).map((a) => a.id)).toEqual(['good']);
    store.dispose();
    expect(checkStore(dir).map((p) => [p.file, p.field, p.level, p.reason.slice(0, 12)])).toEqual([
      ['articles/half.json', 'title', 'error', 'holds a lone'],
      ['articles/nul.json', 'body.0.text', 'error', 'holds a NUL '],
    ]);
  });
});
