// Stories' pictures: a story names a file of the store's media folder as `/media/<file>`
// (image.src, image blocks). The application serves such a file to readers only while a
// visible story shows it (ContentSource.mediaShown, app/media).
import type { ArticleInput } from './schema';

export const MEDIA_PREFIX = '/media/';

/** A story's files under /media/ (image and body), as decoded paths relative to the folder. */
export function mediaOf(a: Pick<ArticleInput, 'image' | 'body'>): string[] {
  const out = new Set<string>();
  for (const src of [a.image?.src, ...a.body.map((b) => (b.type === 'image' ? b.src : undefined))]) {
    if (!src?.startsWith(MEDIA_PREFIX)) continue;
    try {
      out.add(decodeURIComponent(src.slice(MEDIA_PREFIX.length).split(/[?#]/)[0]!));
    } catch {
      // Not percent-encoded properly: no file on disk has that name.
    }
  }
  return [...out];
}
