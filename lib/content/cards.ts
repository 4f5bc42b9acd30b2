// The small JSON shape of a story in a list, for the "load more" and search APIs:
// only what a card shows, with times already written in the reader's language.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDateTime } from '@/lib/i18n/dates';
import { timeLabel } from '@/lib/i18n/time-label';
import type { Article } from './types';

export type Card = {
  id: string;
  section: string;
  title: string;
  summary?: string;
  image?: { src: string; alt: string; width: number; height: number };
  publishedAt: string;
  time: string;
  /** "Draft" or "Scheduled for …", only ever in preview. */
  badge?: string;
};

export async function toCards(articles: Article[], locale: Locale, now = Date.now()): Promise<Card[]> {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return Promise.all(
    articles.map(async (a) => ({
      id: a.id,
      section: a.section,
      title: a.title,
      summary: a.summary,
      image: a.image && { src: a.image.src, alt: a.image.alt, width: a.image.width, height: a.image.height },
      publishedAt: new Date(a.published).toISOString(),
      time: await timeLabel(a.published, locale, { now }),
      badge: a.status === 'draft' ? t('draft') : a.published > now ? t('scheduled', { date: formatDateTime(a.published, locale) }) : undefined,
    })),
  );
}
