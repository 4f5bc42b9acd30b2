// Which store picture an image-optimiser request (`/_next/image?url=…`) resizes, so that
// proxy.ts can answer for a withdrawn story's picture before the optimiser's own cache
// does (it would keep serving its copy, and its stale copy after that).
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = '/media/';

/**
 * The media path (`2026/x.jpg`) that the optimiser's `url` names, or undefined when it
 * names something else (a site file, another address: the optimiser decides about those).
 * A path that cannot be decoded comes back as it is (the media route refuses it).
 */
export function optimiserMedia(url: string | null): string | undefined {
  if (!url || !url.startsWith(PREFIX)) return undefined;
  const rel = url.slice(PREFIX.length).split(/[?#]/, 1)[0]!;
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}

/** A file of the site's own under public/media (the share image), served before the media route. */
export function isSiteMedia(rel: string): boolean {
  const root = path.join(process.cwd(), 'public', 'media');
  const file = path.join(root, rel);
  if (!file.startsWith(root + path.sep)) return false;
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
