import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { Article } from '@/lib/content/types';
import { BidiText } from '../text/BidiText';
import { TimeLabel } from '../text/TimeLabel';
import { StoryImage } from '../media/StoryImage';
import { StatusBadge } from './StatusBadge';

export type CardVariant = 'lead' | 'card' | 'compact';

/**
 * A story in a list. Headlines are clamped to a few lines by CSS only: the whole
 * headline stays in the page for screen readers and search engines.
 */
export function StoryCard({ article, locale, variant = 'card', priority = false, headingLevel = 3, imageOnPhones = true }: {
  article: Article;
  locale: Locale;
  variant?: CardVariant;
  priority?: boolean;
  headingLevel?: 2 | 3;
  /** false: the picture shows from the small-tablet width up, keeping phone lists short. */
  imageOnPhones?: boolean;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const href = `/${article.section}/${article.id}`;
  const lead = variant === 'lead';
  return (
    <article className={`group relative flex ${variant === 'compact' ? 'flex-row gap-3' : 'flex-col gap-2'}`} data-testid="story-card" data-id={article.id}>
      {article.image && variant !== 'compact' && (
        <StoryImage
          image={article.image}
          priority={priority}
          sizes={lead ? '(min-width: 1024px) 66vw, 100vw' : '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw'}
          className={`aspect-video rounded ${imageOnPhones ? '' : 'hidden sm:block'}`}
        />
      )}
      <div className="flex min-w-0 flex-col gap-1">
        <H className={`font-bold leading-snug ${lead ? 'line-clamp-4 text-2xl sm:text-3xl' : variant === 'compact' ? 'line-clamp-3 text-base' : 'line-clamp-3 text-lg'}`}>
          <StatusBadge article={article} locale={locale} />
          <Link href={href} prefetch={false} className="after:absolute after:inset-0 hover:text-accent group-hover:underline">
            <BidiText text={article.title} locale={locale} />
          </Link>
        </H>
        {lead && article.summary && (
          <p className="line-clamp-3 text-muted">
            <BidiText text={article.summary} locale={locale} />
          </p>
        )}
        <p className="text-sm text-muted">
          <TimeLabel ms={article.published} locale={locale} />
        </p>
      </div>
    </article>
  );
}
