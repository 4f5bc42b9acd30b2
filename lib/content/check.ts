// Everything content:check reports: the store's own problems plus checks that only an
// editor's tool makes (images referenced but missing, unpublished pictures left public,
// store pictures that would not be served: lib/media/media-rules.ts).
import fs from 'node:fs';
import path from 'node:path';
import { storeMediaProblems } from './files/media';
import { FileStore } from './files/store';
import { isVisible, type Problem } from './types';

const MEDIA = '/media/';

export function checkStore(dir: string, publicDir = path.resolve('public')): Problem[] {
  const store = new FileStore(dir).load();
  const problems = store.problems();
  const now = Date.now();
  const exists = (root: string, src: string) => {
    try {
      return fs.existsSync(path.join(root, decodeURIComponent(src)));
    } catch {
      return false;
    }
  };
  const stories = store.all({}, { preview: true, now });
  problems.push(...storeMediaProblems(dir, stories.flatMap((a) => a.media ?? [])));
  for (const a of stories) {
    const images = [
      ...(a.image ? [{ field: 'image.src', src: a.image.src }] : []),
      ...a.body.flatMap((b, i) => (b.type === 'image' ? [{ field: `body.${i}.src`, src: b.src }] : [])),
    ];
    const hidden = !isVisible(a, { preview: false, now });
    for (const { field, src } of images) {
      if (!src.startsWith('/')) continue;
      const inStore = src.startsWith(MEDIA) && exists(path.join(dir, 'media'), src.slice(MEDIA.length));
      const inPublic = exists(publicDir, src);
      if (!inStore && !inPublic)
        problems.push({ file: a.file, field, reason: `names ${src}, which is ${src.startsWith(MEDIA) ? "neither in the store's media/ folder nor in public/" : 'not in public/'}`, level: 'warning' });
      else if (!inStore && hidden)
        problems.push({ file: a.file, field, reason: `names ${src}, which is in public/: anyone can fetch it before the story is published; move it to the store's media/ folder`, level: 'warning' });
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
