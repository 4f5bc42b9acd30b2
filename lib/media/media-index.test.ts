import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentStore } from '@/lib/content/store';
import { article, makeStore, writeFile } from '@/lib/content/test-store';
import { isMediaPath, openMedia } from './media-file';
import { MediaIndex } from './media-index';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const img = (src: string) => ({ src, alt: 'x', width: 10, height: 10 });

function store() {
  const dir = makeStore({
    'live.json': article({ id: 'live', image: img('/media/live.jpg'), body: [{ type: 'paragraph', text: 'x' }, { type: 'image', ...img('/media/inline.jpg') }] }),
    'live-en.json': article({ id: 'live-en', locale: 'en', image: img('/media/shared.jpg') }),
    'draft.json': article({ id: 'draft', status: 'draft', image: img('/media/scoop.jpg') }),
    'draft-shares.json': article({ id: 'draft-shares', status: 'draft', image: img('/media/shared.jpg') }),
    'later.json': article({ id: 'later', publishedAt: '2026-12-01T13:00:00Z', image: img('/media/later%20one.jpg') }),
    'remote.json': article({ id: 'remote', image: img('https://images.example/x.jpg') }),
  });
  return { dir, s: new ContentStore(dir).load() };
}

describe('MediaIndex', () => {
  it('makes a file public once a story that uses it is visible, and not before', () => {
    const { s } = store();
    const m = new MediaIndex(s);
    expect(m.isPublic('live.jpg', NOW)).toBe(true);
    expect(m.isPublic('inline.jpg', NOW)).toBe(true); // a picture in the body
    expect(m.isPublic('shared.jpg', NOW)).toBe(true); // a draft uses it too, but so does a visible story
    expect(m.isPublic('scoop.jpg', NOW)).toBe(false); // a draft's
    expect(m.isPublic('later one.jpg', NOW)).toBe(false); // scheduled for 13:00
    expect(m.isPublic('later one.jpg', Date.parse('2026-12-01T13:00:00Z'))).toBe(true);
    expect(m.isPublic('unused.jpg', NOW)).toBe(false); // uploaded before its story: nobody's yet
    expect([...m.usersOf('scoop.jpg')].map((a) => a.id)).toEqual(['draft']);
  });

  it('follows the store: a story published, or one that stops using a file', () => {
    const { dir, s } = store();
    const m = new MediaIndex(s);
    expect(m.isPublic('scoop.jpg', NOW)).toBe(false);
    writeFile(dir, 'draft.json', article({ id: 'draft', status: 'published', publishedAt: '2026-11-30T00:00:00Z', image: img('/media/scoop.jpg') }));
    s.refreshFile('articles/draft.json');
    expect(m.isPublic('scoop.jpg', NOW)).toBe(true);
    writeFile(dir, 'live.json', article({ id: 'live', publishedAt: '2026-11-30T00:00:00Z' }));
    s.refreshFile('articles/live.json');
    expect(m.isPublic('live.jpg', NOW)).toBe(false);
    expect(m.isPublic('inline.jpg', NOW)).toBe(false);
  });
});

describe('openMedia', () => {
  it('opens regular image files under the folder only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-media-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.jpg'), 'jpeg');
      fs.writeFileSync(path.join(dir, 'a.svg'), '<svg onload="alert(1)"/>');
      fs.mkdirSync(path.join(dir, 'folder.jpg'));
      const ok = await openMedia(dir, 'a.jpg');
      expect(ok?.type).toBe('image/jpeg');
      await ok?.handle.close();
      expect(await openMedia(dir, 'a.svg')).toBeUndefined();
      expect(await openMedia(dir, 'folder.jpg')).toBeUndefined();
      expect(await openMedia(dir, 'missing.jpg')).toBeUndefined();
      expect(await openMedia(dir, '../a.jpg')).toBeUndefined();
      if (process.platform !== 'win32') {
        const { execFileSync } = await import('node:child_process');
        execFileSync('mkfifo', [path.join(dir, 'pipe.jpg')]);
        expect(await openMedia(dir, 'pipe.jpg')).toBeUndefined(); // and it returns: no hang on a FIFO
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes plain relative paths only', () => {
    expect(isMediaPath('a.jpg')).toBe(true);
    expect(isMediaPath('2026/12/a b.jpg')).toBe(true);
    for (const bad of ['', '..', '../x.jpg', 'a/../b.jpg', './a.jpg', '/a.jpg', 'a//b.jpg', 'a\\b.jpg', 'a.jpg\0']) expect(isMediaPath(bad), bad).toBe(false);
  });
});
