// What the feeds and sitemaps list: readers' stories only, asked of the content source.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { readers } from '@/lib/content/types';
import { FEED_SIZE, feedLink, type FeedInput } from '@/lib/seo/rss';
import { URLS_PER_PART, type SitemapStory } from '@/lib/seo/sitemap';
import { loadSections } from './shared';

/** A locale's feed, or one section's; undefined for an unknown section. */
export async function loadFeed(locale: Locale, sectionId?: string): Promise<FeedInput | undefined> {
  const source = getContentSource();
  const [sections, t] = await Promise.all([loadSections(), getTranslations({ locale, namespace: 'Site' })]);
  const section = sectionId === undefined ? undefined : sections.find((s) => s.id === sectionId);
  if (sectionId !== undefined && !section) return undefined;
  const names = new Map(sections.map((s) => [s.id, s.name[locale]]));
  const path = section ? `/${locale}/${section.id}` : `/${locale}`;
  return {
    title: feedLink(locale, t('name'), section && { id: section.id, name: section.name[locale] }).title,
    description: t('description'),
    locale,
    path,
    self: `${path}/rss.xml`,
    articles: await source.latest({ locale, section: sectionId }, FEED_SIZE, readers()),
    sectionName: (id) => names.get(id) ?? id,
  };
}

/** How many sitemap parts hold stories. */
export async function storyParts(): Promise<number> {
  return Math.ceil((await getContentSource().count({}, readers())) / URLS_PER_PART);
}

/** The section ids, for the sitemap's part 0. */
export async function sitemapSections(): Promise<string[]> {
  return (await loadSections()).map((s) => s.id);
}

/** The n-th slice (from 1) of stories with their translations; empty past the end. */
export async function sitemapStories(part: number): Promise<SitemapStory[]> {
  const source = getContentSource();
  const vis = readers();
  const { items } = await source.page({}, part, URLS_PER_PART, vis);
  const translations = await source.translations(items, vis);
  return items.map((a) => ({ article: a, translation: translations.get(a.id) }));
}

/** Stories published in the last `ms`, both languages, for the news sitemap. */
export async function recentStories(ms: number) {
  const vis = readers();
  return getContentSource().latest({ since: vis.now - ms }, 1000, vis);
}

