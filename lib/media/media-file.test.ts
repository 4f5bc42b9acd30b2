import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMedia } from './media-file';
import { MEDIA_MAX_BYTES, isMediaPath } from './media-rules';

describe('openMedia', () => {
  it('opens regular image files under the folder only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-media-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]));
      fs.writeFileSync(path.join(dir, 'a.svg'), '<svg onload="alert(1)"/>');
      fs.mkdirSync(path.join(dir, 'folder.jpg'));
      const ok = await openMedia(dir, 'a.jpg');
      expect(ok?.type).toBe('image/jpeg');
      await ok?.handle.close();
      expect(await openMedia(dir, 'a.svg')).toBeUndefined();
      expect(await openMedia(dir, 'folder.jpg')).toBeUndefined();
      expect(await openMedia(dir, 'missing.jpg')).toBeUndefined();
      expect(await openMedia(dir, '../a.jpg')).toBeUndefined();
      execFileSync('mkfifo', [path.join(dir, 'pipe.jpg')]);
      expect(await openMedia(dir, 'pipe.jpg')).toBeUndefined(); // and it returns: no hang on a FIFO
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not the image its name says, or is over the size limit', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-media-'));
    try {
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]);
      fs.writeFileSync(path.join(dir, 'photo.png'), jpeg);
      fs.writeFileSync(path.join(dir, 'page.jpg'), '<html><script>alert(1)</script>');
      fs.writeFileSync(path.join(dir, 'empty.gif'), '');
      // Sparse: the size without the bytes on disk.
      fs.writeFileSync(path.join(dir, 'huge.jpg'), jpeg);
      fs.truncateSync(path.join(dir, 'huge.jpg'), MEDIA_MAX_BYTES + 1);
      fs.writeFileSync(path.join(dir, 'limit.jpg'), jpeg);
      fs.truncateSync(path.join(dir, 'limit.jpg'), MEDIA_MAX_BYTES);
      for (const bad of ['photo.png', 'page.jpg', 'empty.gif', 'huge.jpg']) expect(await openMedia(dir, bad), bad).toBeUndefined();
      const ok = await openMedia(dir, 'limit.jpg');
      expect(ok?.size).toBe(MEDIA_MAX_BYTES);
      await ok?.handle.close();
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
