// Sitemaps: /sitemap.xml is an index of parts of at most 10,000 URLs (the protocol allows
// 50,000 a file): part 0 the home and section pages, then the stories, newest first, each
// with its other-language version where one exists. Loaders supply the data.
import { localePath } from '@/i18n/paths';
import { locales, otherLocale } from '@/i18n/locales';
import type { ArticleSummary } from '@/lib/content/types';
import { PUBLIC_CACHE } from '@/lib/http/cache';
import { absoluteUrl, sectionPath, storyUrl } from '@/lib/paths';
import { xmlEscape as x } from './xml';

export const URLS_PER_PART = 10_000;

export type SitemapStory = { article: ArticleSummary; translation?: ArticleSummary };
type Entry = { loc: string; lastmod?: string; alternates?: Record<string, string> };

function pageEntries(sections: readonly string[]): Entry[] {
  const both = (path: string) => Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, path))]));
  return ['/', ...sections.map(sectionPath)].flatMap((path) => locales.map((l) => ({ loc: absoluteUrl(localePath(l, path)), alternates: both(path) })));
}

function storyEntry({ article: a, translation: t }: SitemapStory): Entry {
  const url = storyUrl(a);
  return {
    loc: url,
    lastmod: new Date(a.updated ?? a.published).toISOString(),
    alternates: t ? { [a.locale]: url, [otherLocale(a.locale)]: storyUrl(t) } : undefined,
  };
}

/** Part 0: the pages of `sections`; part n ≥ 1: `stories`, that part's slice. */
export function sitemapPart(part: number, sections: readonly string[], stories: readonly SitemapStory[]): string {
  const entries = part === 0 ? pageEntries(sections) : stories.map(storyEntry);
  const body = entries.map(
    (e) =>
      `<url><loc>${x(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}${Object.entries(e.alternates ?? {})
        .map(([l, href]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${x(href)}"/>`)
        .join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>`;
}

export function sitemapIndex(storyParts: number): string {
  const parts = Array.from({ length: storyParts + 1 }, (_, i) => `<sitemap><loc>${x(absoluteUrl(`/sitemaps/${i}.xml`))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE } });
}
