// Opening a store media file to send: only a regular file, under the media folder, of an
// image type we serve (no SVG: it could carry script). A FIFO or a device is refused
// without blocking (O_NONBLOCK), a folder or a missing file too.
import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

/** The store's media folder: what `/media/<file>` names in a story. */
export const mediaDir = (storeRoot: string): string => path.join(storeRoot, 'media');

export type MediaFile = { handle: fs.promises.FileHandle; size: number; mtimeMs: number; type: string };

/** A relative path we would ever serve: plain segments, no dot-segments, no backslashes. */
export function isMediaPath(rel: string): boolean {
  return rel.length <= 300 && rel.split('/').every((seg) => /^[\p{L}\p{N}_.\- ]+$/u.test(seg) && seg !== '.' && seg !== '..');
}

export async function openMedia(dir: string, rel: string): Promise<MediaFile | undefined> {
  const type = TYPES[path.extname(rel).toLowerCase()];
  if (!type || !isMediaPath(rel)) return undefined;
  const file = path.join(dir, rel);
  if (path.relative(dir, file).startsWith('..')) return undefined;
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    return undefined;
  }
  return { handle, size: st.size, mtimeMs: st.mtimeMs, type };
}
