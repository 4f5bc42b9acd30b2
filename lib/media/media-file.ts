// Opening a store media file to send: only a regular file, under the media folder, that
// passes the rules every backend applies (media-rules.ts: a served image type, no SVG as it
// could carry script; within the size limit; its first bytes those of its type). A FIFO or
// a device is refused without blocking (O_NONBLOCK), a folder or a missing file too.
import fs from 'node:fs';
import path from 'node:path';
import { SNIFF_BYTES, contentProblem, isMediaPath, mediaType } from './media-rules';

/** The store's media folder: what `/media/<file>` names in a story. */
export const mediaDir = (storeRoot: string): string => path.join(storeRoot, 'media');

export type MediaFile = { handle: fs.promises.FileHandle; size: number; mtimeMs: number; type: string };

export async function openMedia(dir: string, rel: string): Promise<MediaFile | undefined> {
  const type = mediaType(rel);
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
  const head = st.isFile() ? (await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0)).buffer : undefined;
  if (!head || contentProblem(rel, st.size, head)) {
    await handle.close();
    return undefined;
  }
  return { handle, size: st.size, mtimeMs: st.mtimeMs, type };
}
