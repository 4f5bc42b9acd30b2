import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Article } from '@/lib/content/types';
import { SUBSTANTIAL_UPDATE_MS } from '@/lib/format/dates';
import { BidiText } from '../text/BidiText';
import { TimeLabel } from '../text/TimeLabel';

/** Byline, publication time and, when the story changed substantially, the update time. */
export async function ArticleMeta({ article, locale }: { article: Article; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Time' });
  const tArticle = await getTranslations({ locale, namespace: 'Article' });
  const updated = article.updated && article.updated - article.published >= SUBSTANTIAL_UPDATE_MS ? article.updated : undefined;
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted" data-testid="article-meta">
      {article.byline && (
        <p className="font-bold text-ink" data-testid="byline">
          {tArticle('by', { name: article.byline })}
        </p>
      )}
      <p data-testid="published">
        {t('published')}: <TimeLabel ms={article.published} locale={locale} withTime />
      </p>
      {updated && (
        <p data-testid="updated">
          {t('updated')}: <TimeLabel ms={updated} locale={locale} withTime />
        </p>
      )}
    </div>
  );
}

/** "Tripoli - Outlet", which opens the body as it does in print. */
export function Dateline({ text, locale }: { text: string; locale: Locale }) {
  return (
    <span className="font-bold text-accent" data-testid="dateline">
      <BidiText text={text} locale={locale} />
      {' — '}
    </span>
  );
}
