// The page of a share link: the one story the link names, as preview shows it, with
// everything around it as readers see it (no other draft), its pictures through the
// link's own media path, and no structured data (that is for crawlers).
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import type { Article } from '@/lib/content/types';
import { liveShare } from '@/lib/preview/share/links';
import { sharedMediaSrc } from '@/lib/preview/share/paths';
import { loadArticlePage } from './article';
import { loadSections } from './shared';

/** undefined when the link does not hold (proxy.ts has answered that already: this is a race). */
export const loadSharedStory = cache(async (locale: Locale, token: string) => {
  const now = Date.now();
  const claim = await liveShare(token, now);
  if (!claim) return undefined;
  const [article, sections] = await Promise.all([getContentSource().article(claim.id, { preview: true, now }), loadSections()]);
  if (!article || article.locale !== locale) return undefined;
  const section = sections.find((s) => s.id === article.section);
  if (!section) return undefined;
  const shown: Article = {
    ...article,
    image: article.image && { ...article.image, src: sharedMediaSrc(article.image.src, token) },
    body: article.body.map((b) => (b.type === 'image' ? { ...b, src: sharedMediaSrc(b.src, token) } : b)),
  };
  const data = await loadArticlePage(locale, { kind: 'found', article: shown, section, preview: false });
  return { ...data, structuredData: undefined, preview: { version: undefined, share: undefined, warnings: undefined }, expires: claim.expires };
});
