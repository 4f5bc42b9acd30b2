// RSS 2.0 for a locale or a section: the newest 50 visible stories.
import type { Locale } from '@/i18n/locales';
import type { ArticleSummary } from '@/lib/content/types';
import { PUBLIC_CACHE } from '@/lib/http/cache';
import { absoluteUrl, storyUrl } from '@/lib/paths';
import { xmlEscape as x } from './xml';

export const FEED_SIZE = 50;

/**
 * A feed's address and title: the site's in a language, or one section's (its name in
 * that language). Pages name it in their <link rel="alternate">; the feed carries the same title.
 */
export function feedLink(locale: Locale, siteName: string, section?: { id: string; name: string }): { url: string; title: string } {
  if (!section) return { url: `/${locale}/rss.xml`, title: siteName };
  return { url: `/${locale}/${section.id}/rss.xml`, title: `${section.name} | ${siteName}` };
}

export type FeedInput = {
  title: string;
  description: string;
  locale: Locale;
  /** The page the feed belongs to, e.g. /ar or /ar/news. */
  path: string;
  /** The feed's own path. */
  self: string;
  articles: ArticleSummary[];
  sectionName: (id: string) => string;
};

export function rssFeed({ title, description, locale, path, self, articles, sectionName }: FeedInput): string {
  const items = articles.map((a) => {
    const url = storyUrl(a);
    return [
      '<item>',
      `<title>${x(a.title)}</title>`,
      `<link>${x(url)}</link>`,
      `<guid isPermaLink="true">${x(url)}</guid>`,
      `<pubDate>${new Date(a.published).toUTCString()}</pubDate>`,
      a.summary ? `<description>${x(a.summary)}</description>` : '',
      `<category>${x(sectionName(a.section))}</category>`,
      a.byline ? `<dc:creator>${x(a.byline)}</dc:creator>` : '',
      a.image ? `<enclosure url="${x(absoluteUrl(a.image.src))}" type="image/jpeg" length="0"/>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${x(title)}</title>`,
    `<link>${x(absoluteUrl(path))}</link>`,
    `<description>${x(description)}</description>`,
    `<language>${locale}</language>`,
    `<atom:link href="${x(absoluteUrl(self))}" rel="self" type="application/rss+xml"/>`,
    articles[0] ? `<lastBuildDate>${new Date(articles[0].published).toUTCString()}</lastBuildDate>` : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE },
  });
}
