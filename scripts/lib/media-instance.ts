// For the checks and benchmarks of stories' pictures (check-media-db.ts, bench-media.ts): a
// copy of the production build with an empty image-optimiser cache (so that the first
// resized copy of each picture is made, not found), and the stories' pictures to ask for.
import fs from 'node:fs';
import path from 'node:path';
import type { FileStore } from '../../lib/content/files/store';
import type { Article } from '../../lib/content/types';

/** `.next` copied to `.e2e/<name>/next` without what servers wrote at run time (cached pages, resized pictures). */
export function freshBuildCopy(name: string): string {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('no production build in .next: run `npm run build` first');
  const dist = `.e2e/${name}/next`;
  fs.rmSync(dist, { recursive: true, force: true });
  const skip = new Set([path.resolve('.next/server/route-cache'), path.resolve('.next/cache/images')]);
  fs.cpSync('.next', dist, { recursive: true, filter: (src) => !skip.has(path.resolve(src)) });
  return dist;
}

/** Empties a build copy's resized pictures (the optimiser's disk cache; restart the server too, for its memory). */
export const clearImageCache = (dist: string) => fs.rmSync(path.join(dist, 'cache/images'), { recursive: true, force: true });

/** The store's pictures (paths under /media/) that a story readers see now shows, and those only unpublished stories show. */
export function storePictures(store: FileStore): { shown: string[]; hidden: string[] } {
  const now = Date.now();
  const pics = (list: Article[]) => new Set(list.flatMap((a) => a.media ?? []));
  const shown = pics(store.all({}, { preview: false, now }));
  const hidden = [...pics(store.all({}, { preview: true, now }))].filter((f) => !shown.has(f));
  return { shown: [...shown].sort(), hidden: hidden.sort() };
}

/** /media/<file> as a story names it. */
export const mediaUrl = (file: string) => `/media/${file.split('/').map(encodeURIComponent).join('/')}`;
/** The resized copy a page asks for (next.config.ts: widths, quality 60). */
export const resizedUrl = (file: string, width: number) => `/_next/image?url=${encodeURIComponent(mediaUrl(file))}&w=${width}&q=60`;
