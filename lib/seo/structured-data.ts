// schema.org data for an article page: NewsArticle and BreadcrumbList. Everything in it
// comes from the store as text; jsonLd() escapes `<` so no string can close the script.
import type { Locale } from '@/i18n/locales';
import type { Article, Section } from '@/lib/content/types';
import { siteUrl } from '@/lib/site';

/** Google reads at most 110 characters of a headline. */
export const HEADLINE_MAX = 110;

/** The publisher's logo (public/media/sahifa-logo.png, made by scripts/media-generate.ts). */
export const PUBLISHER_LOGO = { path: '/media/sahifa-logo.png', width: 512, height: 512 };

/**
 * A title cut to `max` characters at the last word that fits, ending with an ellipsis
 * (trailing spaces and punctuation dropped first); unchanged when it already fits.
 */
export function shortHeadline(title: string, max = HEADLINE_MAX): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  const room = chars.slice(0, max - 1).join('');
  const space = room.lastIndexOf(' ');
  // A title without spaces in its first half is cut mid-word rather than left a stub.
  const cut = space > room.length / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}

export function articleStructuredData(a: Article, section: Section, locale: Locale, names: { site: string; home: string }) {
  const base = siteUrl();
  const url = `${base}/${locale}/${a.section}/${a.id}`;
  const image = a.image ? (a.image.src.startsWith('http') ? a.image.src : `${base}${a.image.src}`) : `${base}/media/og-default.jpg`;
  const headline = shortHeadline(a.title);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline,
      // The whole title, when the headline had to be cut.
      ...(headline !== a.title ? { alternativeHeadline: a.title } : {}),
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
      publisher: {
        '@type': 'Organization',
        name: names.site,
        url: `${base}/${locale}`,
        logo: { '@type': 'ImageObject', url: `${base}${PUBLISHER_LOGO.path}`, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
      },
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
