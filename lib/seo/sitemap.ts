// Sitemaps: /sitemap.xml is an index of parts of at most 10,000 URLs (the protocol allows
// 50,000 a file): part 0 the home and section pages, then the stories, newest first, each
// with its other-language version where one exists.
import { locales, otherLocale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import type { Article } from '@/lib/content/types';
import { siteUrl } from '@/lib/site';
import { xmlEscape as x } from './xml';

export const URLS_PER_PART = 10_000;
const reader = { preview: false };

type Entry = { loc: string; lastmod?: string; alternates?: Record<string, string> };

export function storyParts(): number {
  return Math.ceil(getStore().all(undefined, reader).length / URLS_PER_PART);
}

function pageEntries(): Entry[] {
  const base = siteUrl();
  const both = (path: string) => Object.fromEntries(locales.map((l) => [l, `${base}/${l}${path}`]));
  return [
    ...locales.map((l) => ({ loc: `${base}/${l}`, alternates: both('') })),
    ...getStore()
      .sections()
      .flatMap((s) => locales.map((l) => ({ loc: `${base}/${l}/${s.id}`, alternates: both(`/${s.id}`) }))),
  ];
}

function storyEntry(a: Article): Entry {
  const base = siteUrl();
  const url = `${base}/${a.locale}/${a.section}/${a.id}`;
  const t = getStore().translation(a, reader);
  return {
    loc: url,
    lastmod: new Date(a.updated ?? a.published).toISOString(),
    alternates: t ? { [a.locale]: url, [otherLocale(a.locale)]: `${base}/${t.locale}/${t.section}/${t.id}` } : undefined,
  };
}

/** Part 0: the pages; part n ≥ 1: the n-th slice of stories. Undefined past the end. */
export function sitemapPart(part: number): string | undefined {
  let entries: Entry[];
  if (part === 0) entries = pageEntries();
  else {
    const stories = getStore().all(undefined, reader).slice((part - 1) * URLS_PER_PART, part * URLS_PER_PART);
    if (stories.length === 0) return undefined;
    entries = stories.map(storyEntry);
  }
  const body = entries.map(
    (e) =>
      `<url><loc>${x(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}${Object.entries(e.alternates ?? {})
        .map(([l, href]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${x(href)}"/>`)
        .join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body.join('\n')}\n</urlset>`;
}

export function sitemapIndex(): string {
  const base = siteUrl();
  const parts = Array.from({ length: storyParts() + 1 }, (_, i) => `<sitemap><loc>${x(`${base}/sitemaps/${i}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>`;
}

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=300' } });
}
