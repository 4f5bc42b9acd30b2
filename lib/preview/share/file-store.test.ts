import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileShareStore } from './file-store';
import { MAX_LINKS, type ShareLink } from './types';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'share-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const link = (n: number, expires = NOW + 3_600_000): ShareLink => ({ linkId: `link-${n}`, id: 'a-story', token: `t${n}`, by: 'Salma', createdAt: NOW, expires });

describe('share links in DATA_DIR', () => {
  it('are kept, listed, seen by another reader of the file, and revoked', async () => {
    const dir = tmp();
    const a = new FileShareStore(dir);
    const b = new FileShareStore(dir);
    expect(await a.add(link(1), NOW)).toBe('ok');
    expect(await b.has('link-1')).toBe(true);
    expect((await b.list(NOW)).map((l) => l.linkId)).toEqual(['link-1']);
    expect(await b.remove('link-1')).toBe(true);
    expect(await a.has('link-1')).toBe(false);
    expect(await a.remove('link-1')).toBe(false);
  });

  it('hold at most MAX_LINKS live links, dropping expired ones first', async () => {
    const dir = tmp();
    const store = new FileShareStore(dir);
    // A flood of links, written as the store writes them (one by one would take long).
    const many = Array.from({ length: MAX_LINKS }, (_, i) => link(i, i < 10 ? NOW - 1 : NOW + 3_600_000));
    fs.writeFileSync(path.join(dir, 'share-links.json'), JSON.stringify(many));
    expect(await store.add(link(MAX_LINKS), NOW)).toBe('ok');
    expect(await store.has('link-0')).toBe(false);
    for (let i = 1; i < 10; i++) expect(await store.add(link(MAX_LINKS + i), NOW)).toBe('ok');
    expect(await store.add(link(2 * MAX_LINKS), NOW)).toBe('full');
    expect((await store.list(NOW)).length).toBe(MAX_LINKS);
  });

  it('a broken file ends every link and is replaced by the next write', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'share-links.json'), '{not json');
    const store = new FileShareStore(dir);
    expect(await store.has('link-1')).toBe(false);
    expect(await store.add(link(1), NOW)).toBe('ok');
    expect(await store.has('link-1')).toBe(true);
  });
});
