// The store's media/ folder as content:check and the PostgreSQL sync read it: the files
// the stories name, each checked by the rules the app serves by (lib/media/media-rules.ts).
// A file that fails them is a problem with its path and reason; a missing one is not here
// (content:check says so already, and the name may be a file of public/).
import fs from 'node:fs';
import path from 'node:path';
import { mediaDir } from '@/lib/media/media-file';
import { SNIFF_BYTES, contentProblem, nameProblem } from '@/lib/media/media-rules';
import type { Problem } from '../types';

/** A store media file, by its path relative to media/, as a problem names it. */
export const mediaProblemFile = (rel: string): string => `media/${rel}`;

export const mediaProblem = (rel: string, reason: string): Problem => ({ file: mediaProblemFile(rel), field: '', reason, level: 'error' });

export type MediaStat = { rel: string; path: string; size: number; mtimeMs: number };

/** The regular file the store holds as /media/<rel>, or undefined (none, a folder, a FIFO, or outside the folder). */
export function statMedia(root: string, rel: string): MediaStat | undefined {
  const dir = mediaDir(root);
  const file = path.join(dir, rel);
  if (path.relative(dir, file).startsWith('..')) return undefined;
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { rel, path: file, size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

function head(file: string): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    fs.readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** Every named file that is in the folder but would not be served, with why (content:check). */
export function storeMediaProblems(root: string, names: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  for (const rel of [...new Set(names)].sort()) {
    const badName = nameProblem(rel);
    const st = statMedia(root, rel);
    if (!st) continue;
    const why = badName ?? contentProblem(rel, st.size, head(st.path));
    if (why) problems.push(mediaProblem(rel, why));
  }
  return problems;
}
