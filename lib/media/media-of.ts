import type { ArticleInput } from '@/lib/content/schema';

export const MEDIA_PREFIX = '/media/';

/** A story's files under /media/ (image and body), as decoded paths relative to it. */
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
