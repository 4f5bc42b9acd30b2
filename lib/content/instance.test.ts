import { afterEach, describe, expect, it } from 'vitest';
import { getContentSource } from './instance';
import { article, makeStore } from './test-store';

const saved = { dir: process.env.CONTENT_DIR, watch: process.env.SAHIFA_WATCH };
afterEach(() => {
  for (const [key, value] of [['CONTENT_DIR', saved.dir], ['SAHIFA_WATCH', saved.watch]] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
});

describe('the process-wide content source', () => {
  it('refuses to start on a store without valid sections, naming the file and the reason', () => {
    process.env.SAHIFA_WATCH = 'off';
    process.env.CONTENT_DIR = makeStore({ 'a.json': article() }, '[{"id": "news"');
    expect(() => getContentSource()).toThrow(/sections\.json .* is missing or invalid \(the file is not valid JSON.*refusing to serve/);
    process.env.CONTENT_DIR = makeStore({ 'a.json': article() }, '[]');
    expect(() => getContentSource()).toThrow(/needs at least one section/);
  });

  it('starts on a valid store and answers cheaply for the health check', async () => {
    process.env.SAHIFA_WATCH = 'off';
    process.env.CONTENT_DIR = makeStore({ 'a.json': article({ id: 'a' }) });
    const source = getContentSource();
    expect(await source.health()).toEqual({ ok: true });
    expect((await source.article('a', { preview: false, now: Date.now() }))?.id).toBe('a');
  });
});
