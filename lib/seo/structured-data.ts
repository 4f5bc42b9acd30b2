// schema.org data for an article page: NewsArticle and BreadcrumbList. Everything in it
// comes from the store as text; jsonLd() escapes `<` so no string can close the script.
import type { Locale } from '@/i18n/locales';
import type { Article, Section } from '@/lib/content/types';
import { siteUrl } from '@/lib/site';

export function articleStructuredData(a: Article, section: Section, locale: Locale, names: { site: string; home: string }) {
  const base = siteUrl();
  const url = `${base}/${locale}/${a.section}/${a.id}`;
  const image = a.image ? (a.image.src.startsWith('http') ? a.image.src : `${base}${a.image.src}`) : `${base}/media/og-default.jpg`;
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
      publisher: { '@type': 'Organization', name: names.site, url: `${base}/${locale}` },
      ...(a.source ? { isBasedOn: a.source.url } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: names.home, item: `${base}/${locale}` },
        { '@type': 'ListItem', position: 2, name: section.name[locale], item: `${base}/${locale}/${section.id}` },
        { '@type': 'ListItem', position: 3, name: a.title, item: url },
      ],
    },
  ];
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no value can end the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
