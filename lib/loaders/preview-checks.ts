// In preview: each story's warnings (lib/preview/checks.ts), with the one question they
// need of the store (do the translations they point to exist, drafts included).
import { getContentSource } from '@/lib/content/instance';
import type { ArticleSummary, Block } from '@/lib/content/types';
import { storyWarnings, type StoryWarning } from '@/lib/preview/checks';

export async function warningsOf(stories: readonly (ArticleSummary & { body?: Block[] })[], now: number): Promise<Map<string, StoryWarning[]>> {
  const wanted = [...new Set(stories.flatMap((a) => (a.translationOf ? [a.translationOf] : [])))];
  const found = new Set(wanted.length ? (await getContentSource().articles(wanted, { preview: true, now })).map((a) => a.id) : []);
  return new Map(stories.map((a) => [a.id, storyWarnings(a, !a.translationOf || found.has(a.translationOf))]));
}
