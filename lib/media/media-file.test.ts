import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMediaPath, openMedia } from './media-file';

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
      execFileSync('mkfifo', [path.join(dir, 'pipe.jpg')]);
      expect(await openMedia(dir, 'pipe.jpg')).toBeUndefined(); // and it returns: no hang on a FIFO
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
