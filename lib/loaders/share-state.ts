// In preview, a story's share state for the tools under the banner: the editor's kept
// name and the story's live links.
import type { ArticleSummary } from '@/lib/content/types';
import { liveLinks } from '@/lib/preview/share/links';
import { shareUrl } from '@/lib/preview/share/paths';
import { keptName } from '@/lib/preview/share/request';

/** The name the editor gave once, kept in their session. */
export const editorName = keptName;

export async function shareState(article: Pick<ArticleSummary, 'id' | 'locale'>, now: number) {
  const [name, links] = await Promise.all([editorName(), liveLinks(now)]);
  return { editorName: name, links: (links.get(article.id) ?? []).map((l) => ({ url: shareUrl(article.locale, l.token), by: l.by, createdAt: l.createdAt, expires: l.expires })) };
}
