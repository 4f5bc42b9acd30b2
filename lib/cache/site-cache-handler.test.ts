import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const SiteCacheHandler = require('./site-cache-handler.cjs');
const { nodeFs } = require('next/dist/server/lib/node-fs-methods');

type Handler = {
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  get(key: string, ctx: unknown): Promise<{ value: { kind: string; html?: string; headers?: Record<string, string> } } | null>;
};

const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`0:${html}`),
  headers: {},
  status: 200,
  postponed: undefined,
  segmentData: new Map([['/_tree', Buffer.from('tree')], ['/$d$locale/__PAGE__', Buffer.from('page')]]),
});
const setCtx = { isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 30, expire: 600 } };
const getCtx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false };

describe('the page cache on disk', () => {
  let dir: string;
  let handler: Handler;
  const files = (key: string) => ['html', 'rsc', 'meta', 'segments'].filter((ext) => fs.existsSync(path.join(dir, 'app', `${key}.${ext}`)));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-page-cache-'));
    process.env.PAGE_CACHE_MAX_PAGES = '3';
    // No memory store: every read goes to the files.
    handler = new SiteCacheHandler({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, maxMemoryCacheSize: 0, revalidatedTags: [] });
  });
  afterEach(() => {
    delete process.env.PAGE_CACHE_MAX_PAGES;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps at most PAGE_CACHE_MAX_PAGES pages, removing the one written longest ago', async () => {
    const keys = ['/ar/news/a1', '/ar/news/a2', '/en/news/a3', '/en/news/a4', '/ar/sports/a5'].map((k) => `${k}-${path.basename(dir)}`);
    for (const k of keys.slice(0, 3)) await handler.set(k, page(`<p>${k}</p>`), setCtx);
    for (const k of keys.slice(0, 3)) expect(files(k)).toEqual(['html', 'rsc', 'meta', 'segments']);
    // Written again (revalidated), the first one becomes the newest: the second one goes.
    await handler.set(keys[0]!, page('<p>again</p>'), setCtx);
    await handler.set(keys[3]!, page('<p>4</p>'), setCtx);
    expect(files(keys[1]!)).toEqual([]);
    expect(files(keys[0]!)).toHaveLength(4);
    await handler.set(keys[4]!, page('<p>5</p>'), setCtx);
    expect(files(keys[2]!)).toEqual([]);
    expect(keys.filter((k) => files(k).length)).toEqual([keys[0], keys[3], keys[4]]);
    // A removed page is a miss (rendered again); a kept one is read back, stamped with its address.
    expect(await handler.get(keys[1]!, getCtx)).toBeNull();
    const kept = await handler.get(keys[0]!, getCtx);
    expect(kept?.value.html).toBe('<p>again</p>');
    expect(kept?.value.headers?.['x-sahifa-site']).toBe('http://localhost:3000');
  });
});
