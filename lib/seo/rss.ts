// RSS 2.0 for a locale or a section: the newest 50 visible stories.
import type { Locale } from '@/i18n/locales';
import type { Article } from '@/lib/content/types';
import { siteUrl } from '@/lib/site';
import { xmlEscape as x } from './xml';

export const FEED_SIZE = 50;

/**
 * A feed's address and title: the site's in a language, or one section's. Pages name it
 * in their <link rel="alternate">, and the feed itself carries the same title.
 */
export function feedLink(locale: Locale, siteName: string, section?: { id: string; name: Record<Locale, string> }): { url: string; title: string } {
  if (!section) return { url: `/${locale}/rss.xml`, title: siteName };
  return { url: `/${locale}/${section.id}/rss.xml`, title: `${section.name[locale]} | ${siteName}` };
}

export function rssFeed({ title, description, locale, path, self, articles, sectionName }: {
  title: string;
  description: string;
  locale: Locale;
  /** The page the feed belongs to, e.g. /ar or /ar/news. */
  path: string;
  /** The feed's own path. */
  self: string;
  articles: Article[];
  sectionName: (id: string) => string;
}): string {
  const base = siteUrl();
  const items = articles.map((a) => {
    const url = `${base}/${a.locale}/${a.section}/${a.id}`;
    return [
      '<item>',
      `<title>${x(a.title)}</title>`,
      `<link>${x(url)}</link>`,
      `<guid isPermaLink="true">${x(url)}</guid>`,
      `<pubDate>${new Date(a.published).toUTCString()}</pubDate>`,
      a.summary ? `<description>${x(a.summary)}</description>` : '',
      `<category>${x(sectionName(a.section))}</category>`,
      a.byline ? `<dc:creator>${x(a.byline)}</dc:creator>` : '',
      a.image ? `<enclosure url="${x(a.image.src.startsWith('http') ? a.image.src : base + a.image.src)}" type="image/jpeg" length="0"/>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${x(title)}</title>`,
    `<link>${x(base + path)}</link>`,
    `<description>${x(description)}</description>`,
    `<language>${locale}</language>`,
    `<atom:link href="${x(base + self)}" rel="self" type="application/rss+xml"/>`,
    articles[0] ? `<lastBuildDate>${new Date(articles[0].published).toUTCString()}</lastBuildDate>` : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=300' },
  });
}
