// schema.org data for an article page: NewsArticle and BreadcrumbList. Everything in it
// comes from the store as text; jsonLd() escapes `<` so no string can close the script.
import type { Locale } from '@/i18n/locales';
import type { ArticleSummary, Section } from '@/lib/content/types';
import { absoluteUrl, sectionPath, storyUrl } from '@/lib/paths';
import { localePath } from '@/i18n/paths';

export function articleStructuredData(a: ArticleSummary, section: Section, locale: Locale, names: { site: string; home: string }) {
  const url = storyUrl(a);
  const home = absoluteUrl(localePath(locale, '/'));
  const image = absoluteUrl(a.image?.src ?? '/media/og-default.jpg');
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.title,
      description: a.summary,
      inLanguage: a.locale,
      datePublished: a.publishedAt,
      dateModified: a.updatedAt ?? a.publishedAt,
      mainEntityOfPage: url,
      url,
      image: [image],
      articleSection: section.name[locale],
      keywords: a.tags?.join(', '),
      author: a.byline ? [{ '@type': 'Person', name: a.byline }] : [{ '@type': 'Organization', name: names.site }],
      publisher: { '@type': 'Organization', name: names.site, url: home },
      ...(a.source ? { isBasedOn: a.source.url } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: names.home, item: home },
        { '@type': 'ListItem', position: 2, name: section.name[locale], item: absoluteUrl(localePath(locale, sectionPath(section.id))) },
        { '@type': 'ListItem', position: 3, name: a.title, item: url },
      ],
    },
  ];
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no value can end the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
