// A shared link's pictures: `/media/_shared/<token>/<file>` is served while the link is
// live and its story shows <file>; nothing else of the store is reachable through it.
import { getContentSource } from '@/lib/content/instance';
import { mediaOf } from '@/lib/content/media';
import { liveShare } from './links';
import { SHARED_MEDIA } from './paths';

/**
 * undefined: not a shared path. null: a shared path that does not hold (ended link, a file
 * the story does not show). Else the file, relative to the media folder.
 */
export async function sharedMediaFile(parts: readonly string[]): Promise<string | null | undefined> {
  if (parts[0] !== SHARED_MEDIA) return undefined;
  const claim = await liveShare(parts[1]);
  const rel = parts.slice(2).join('/');
  if (!claim || !rel) return null;
  const article = await getContentSource().article(claim.id, { preview: true, now: Date.now() });
  return article && mediaOf(article).includes(rel) ? rel : null;
}
