// schema.org data for an article page: NewsArticle and BreadcrumbList. Everything in it
// comes from the store as text; jsonLd() escapes `<` so no string can close the script.
import type { Locale } from '@/i18n/locales';
import type { ArticleSummary, Section } from '@/lib/content/types';
import { absoluteUrl, sectionPath, storyUrl } from '@/lib/paths';
import { localePath } from '@/i18n/paths';

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

export function articleStructuredData(a: ArticleSummary, section: Section, locale: Locale, names: { site: string; home: string }) {
  const url = storyUrl(a);
  const home = absoluteUrl(localePath(locale, '/'));
  const image = absoluteUrl(a.image?.src ?? '/media/og-default.jpg');
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
        url: home,
        logo: { '@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO.path), width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
      },
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
