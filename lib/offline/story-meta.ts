// A story's description for the offline lists, read from its page's structured data
// (NewsArticle): what readers see is exactly what the page says about itself. Preview
// pages carry none, so they are never taken for a story.
import type { KeptStory } from './keep';

export function storyFromHtml(html: string, path: string, at: number): KeptStory | null {
  for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      const a = item as { '@type'?: unknown; headline?: unknown; inLanguage?: unknown; articleSection?: unknown; image?: unknown };
      if (a?.['@type'] !== 'NewsArticle' || typeof a.headline !== 'string' || (a.inLanguage !== 'ar' && a.inLanguage !== 'en')) continue;
      const image = Array.isArray(a.image) ? a.image[0] : a.image;
      return {
        url: path,
        title: a.headline,
        locale: a.inLanguage,
        section: typeof a.articleSection === 'string' ? a.articleSection : undefined,
        image: typeof image === 'string' ? sourceOf(image) : undefined,
        at,
      };
    }
  }
  return null;
}

/** `https://site/media/x.jpg` → `/media/x.jpg` (the site's own files, whatever SITE_URL says); others as they are. */
function sourceOf(src: string): string {
  try {
    const u = new URL(src);
    return u.pathname.startsWith('/media/') ? u.pathname : src;
  } catch {
    return src;
  }
}
