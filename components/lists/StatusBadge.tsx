import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Article } from '@/lib/content/types';
import { renderTime } from '@/lib/clock';
import { formatDateTime } from '@/lib/i18n/dates';

/** Marks a story readers cannot see yet. Only preview ever renders such a story. */
export async function StatusBadge({ article, locale, now = renderTime() }: { article: Article; locale: Locale; now?: number }) {
  const draft = article.status === 'draft';
  if (!draft && article.published <= now) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <span className="me-2 inline-block rounded bg-banner px-2 text-sm font-bold text-ink" data-testid="status-badge">
      {draft ? t('draft') : t('scheduled', { date: formatDateTime(article.published, locale) })}
    </span>
  );
}
