// Page metadata in one place: canonical URL, language alternates (only where the other
// language really has the page), Open Graph and Twitter cards.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeConfig, otherLocale, type Locale } from '@/i18n/locales';
import { absoluteUrl } from '@/lib/paths';
import { feedLink } from './rss';

type Options = {
  locale: Locale;
  /** Path after the locale, '' for home, e.g. '/news' or '/news/some-id'. */
  path: string;
  title: Metadata['title'];
  description?: string;
  /** Path (after the other locale) of this page in the other language; undefined: none. */
  alternate?: string;
  /** For articles, the Open Graph article fields and image. */
  article?: { publishedTime: string; modifiedTime?: string; section: string; tags?: string[]; authors?: string[] };
  image?: { url: string; width: number; height: number; alt: string };
  noindex?: boolean;
  /** A section's pages offer that section's feed; every other page the site's. */
  feedOf?: { id: string; name: string };
};

export async function pageMetadata({ locale, path, title, description, alternate, article, image, noindex, feedOf }: Options): Promise<Metadata> {
  const feed = feedLink(locale, (await getTranslations({ locale, namespace: 'Site' }))('name'), feedOf);
  const url = `/${locale}${path}`;
  const languages: Record<string, string> = { [locale]: url };
  if (alternate !== undefined) languages[otherLocale(locale)] = `/${otherLocale(locale)}${alternate}`;
  // x-default: the Arabic (default) version where one exists.
  languages['x-default'] = languages.ar ?? url;
  const images = image ? [{ ...image, url: absoluteUrl(image.url) }] : [{ url: absoluteUrl('/media/og-default.jpg'), width: 1200, height: 630, alt: '' }];
  const ogTitle = typeof title === 'string' ? title : title && 'absolute' in title ? title.absolute : undefined;
  return {
    title,
    // Left out when a page has none, so the layout's site description stays.
    ...(description ? { description } : {}),
    alternates: { canonical: url, languages, types: { 'application/rss+xml': [feed] } },
    openGraph: {
      title: ogTitle,
      description,
      url,
      locale: localeConfig[locale].og,
      alternateLocale: alternate !== undefined ? [localeConfig[otherLocale(locale)].og] : undefined,
      images,
      ...(article
        ? { type: 'article', publishedTime: article.publishedTime, modifiedTime: article.modifiedTime, section: article.section, tags: article.tags, authors: article.authors }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: ogTitle, description, images: images.map((i) => i.url) },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
