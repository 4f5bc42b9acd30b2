import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileViewStore, type FileStoreOptions } from './file-store';
import { DAY_MS } from './settings';

const NOW = Date.parse('2025-12-19T12:00:00Z');
let dir: string;
let clock: number;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-store-'));
  clock = NOW;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const open = (extra: Partial<FileStoreOptions> = {}) =>
  new FileViewStore({ dataDir: dir, windowDays: 7, flushMs: 0, flushOnExit: false, now: () => clock, ...extra });
const read = (id: string, visitor = 'v', locale = 'ar') => ({ id, locale, visitor });

describe('FileViewStore', () => {
  it('tells readers behind one address apart by their tokens, up to the cap per story per 30 minutes', async () => {
    const s = open();
    const phone = (reader: string, id = 'a') => ({ ...read(id, '198.51.100.1'), reader, cap: 3 });
    expect(await s.record(phone('t1'))).toBe(true);
    expect(await s.record(phone('t1'))).toBe(false); // the same reader again
    expect(await s.record(phone('t2'))).toBe(true);
    expect(await s.record(phone('t3'))).toBe(true);
    expect(await s.record(phone('t4'))).toBe(false); // past the cap for this address and story
    expect(await s.record({ ...read('a', '198.51.100.1'), cap: 3 })).toBe(false); // a beacon without a token shares the cap
    expect(await s.record(phone('t4', 'b'))).toBe(true); // another story has a cap of its own
    expect(await s.record({ ...phone('t5'), visitor: '198.51.100.2' })).toBe(true); // and so has another address
    clock += 31 * 60_000;
    expect(await s.record(phone('t6'))).toBe(true); // a new window
    expect(s.sum()).toBe(6);
  });

  it('counts a visitor once per article per 30 minutes', async () => {
    const s = open();
    expect(await s.record(read('a'))).toBe(true);
    clock += 29 * 60_000;
    expect(await s.record(read('a'))).toBe(false);
    expect(await s.record(read('a', 'w'))).toBe(true);
    clock += 2 * 60_000;
    expect(await s.record(read('a'))).toBe(true);
    expect(s.sum()).toBe(3);
  });

  it('ranks per locale over the window only', async () => {
    const s = open();
    clock = NOW - 7 * DAY_MS; // the 8th day back: outside a 7-day window
    for (const v of ['1', '2', '3', '4']) await s.record(read('old', v));
    clock = NOW - 6 * DAY_MS; // the oldest day inside it
    for (const v of ['1', '2']) await s.record(read('week', v));
    clock = NOW;
    await s.record(read('today', '1'));
    await s.record(read('english', '1', 'en'));
    await s.record(read('english', '2', 'en'));
    expect(await s.top('ar', 10)).toEqual(['week', 'today']);
    expect(await s.top('en', 10)).toEqual(['english']);
    expect(await s.top('ar', 1)).toEqual(['week']);
  });

  it('shows a new read to the next ranking at once', async () => {
    const s = open();
    await s.record(read('a', '1'));
    expect(await s.top('ar', 5)).toEqual(['a']);
    await s.record(read('b', '1'));
    await s.record(read('b', '2'));
    expect(await s.top('ar', 5)).toEqual(['b', 'a']);
  });

  it('breaks ties by the newer article, then by id', async () => {
    const s = open();
    for (const id of ['c', 'a', 'b']) await s.record(read(id));
    const published: Record<string, number> = { a: 1, b: 1, c: 0 };
    expect(await s.top('ar', 5, (id) => published[id])).toEqual(['a', 'b', 'c']);
  });

  it('keeps every count across a restart, and prunes days that left the window', async () => {
    const s = open();
    clock = NOW - 3 * DAY_MS;
    await s.record(read('a', '1'));
    await s.record(read('a', '2'));
    clock = NOW;
    await s.record(read('b', '1'));
    await s.close();
    expect(s.flush()).toBe(false); // nothing new since close()

    const again = open();
    expect(again.sum()).toBe(3);
    expect(await again.top('ar', 5)).toEqual(['a', 'b']);

    clock = NOW + 4 * DAY_MS + 1; // day -3 is now 7 days back
    expect(await again.top('ar', 5)).toEqual(['b']);
    expect(again.flush()).toBe(true);
    const saved = JSON.parse(fs.readFileSync(again.file.file, 'utf8'));
    expect(Object.keys(saved.days)).toEqual(['2025-12-19']);
  });

  it('loads the .bak when the snapshot is truncated', async () => {
    const s = open();
    await s.record(read('a', '1'));
    s.flush();
    await s.record(read('a', '2'));
    s.flush();
    await s.close(); // nothing left to write
    fs.writeFileSync(s.file.file, '{"version":1,"days":{"2025-12-');
    const again = open();
    expect(again.sum()).toBe(1);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('views.json.corrupt-'))).toBe(true);
  });

  it('never writes while read-only (next build)', async () => {
    const s = open({ readOnly: true });
    await s.record(read('a'));
    expect(s.flush()).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('flushes on its timer when something changed', async () => {
    const s = open({ flushMs: 50, now: Date.now });
    await s.record(read('a'));
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.parse(fs.readFileSync(s.file.file, 'utf8')).version).toBe(1);
    await s.close();
  });
});
