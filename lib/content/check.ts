// Everything content:check reports: the store's own problems plus checks that only an
// editor's tool makes (images referenced but missing from public/).
import fs from 'node:fs';
import path from 'node:path';
import { FileStore } from './files/store';
import type { Problem } from './types';

export function checkStore(dir: string, publicDir = path.resolve('public')): Problem[] {
  const store = new FileStore(dir).load();
  const problems = store.problems();
  for (const a of store.all({}, { preview: true, now: Date.now() })) {
    const images = [
      ...(a.image ? [{ field: 'image.src', src: a.image.src }] : []),
      ...a.body.flatMap((b, i) => (b.type === 'image' ? [{ field: `body.${i}.src`, src: b.src }] : [])),
    ];
    for (const { field, src } of images)
      if (src.startsWith('/') && !fs.existsSync(path.join(publicDir, decodeURIComponent(src))))
        problems.push({ file: a.file, field, reason: `names ${src}, which is not in public/`, level: 'warning' });
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
