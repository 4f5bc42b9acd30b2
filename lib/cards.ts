// A story as a list shows it: only what a card needs, with its link, times and badge
// already written in the reader's language. The server's lists and the "load more" and
// search APIs send the same shape, so one card component renders both.
import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/locales';
import type { ArticleSummary } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/dates';
import { timeLabel } from '@/lib/format/time-label';
import { storyPath } from '@/lib/paths';

export type Card = {
  id: string;
  section: string;
  /** The story's path, locale included. */
  href: string;
  title: string;
  summary?: string;
  image?: { src: string; alt: string; width: number; height: number };
  publishedAt: string;
  /** "3 hours ago", then a date. */
  time: string;
  /** The exact date and time, for the tooltip. */
  exactTime: string;
  /** "Draft" or "Scheduled for …", only ever in preview. */
  badge?: string;
};

export async function toCards(articles: readonly ArticleSummary[], locale: Locale, now: number): Promise<Card[]> {
  return Promise.all(
    articles.map(async (a) => ({
      id: a.id,
      section: a.section,
      href: localePath(a.locale, storyPath(a)),
      title: a.title,
      summary: a.summary,
      image: a.image && { src: a.image.src, alt: a.image.alt, width: a.image.width, height: a.image.height },
      publishedAt: new Date(a.published).toISOString(),
      time: await timeLabel(a.published, locale, { now }),
      exactTime: formatDateTime(a.published, locale),
      badge: await badgeOf(a, locale, now),
    })),
  );
}

/** "Draft" or "Scheduled for …" for a story readers cannot see yet, else undefined. */
export async function badgeOf(a: ArticleSummary, locale: Locale, now: number): Promise<string | undefined> {
  if (a.status !== 'draft' && a.published <= now) return undefined;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return a.status === 'draft' ? t('draft') : t('scheduled', { date: formatDateTime(a.published, locale) });
}
