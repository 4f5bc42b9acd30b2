import Link from 'next/link';
import type { Locale } from '@/i18n/locales';
import type { Card } from '@/lib/cards';
import { StoryImage } from '../media/StoryImage';
import { BidiText } from '../text/BidiText';
import { CardTime } from './CardTime';
import { StatusBadge } from './StatusBadge';

export type CardVariant = 'lead' | 'card' | 'compact';

/**
 * A story in a list, on the server and in the appended pages of a feed alike. Headlines
 * are clamped to a few lines by CSS only: the whole headline stays in the page for
 * screen readers and search engines.
 */
export function StoryCard({ card, locale, variant = 'card', priority = false, headingLevel = 3, imageOnPhones = true }: {
  card: Card;
  locale: Locale;
  variant?: CardVariant;
  priority?: boolean;
  headingLevel?: 2 | 3;
  /** false: the picture shows from the small-tablet width up, keeping phone lists short. */
  imageOnPhones?: boolean;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const lead = variant === 'lead';
  return (
    <article className={`group relative flex ${variant === 'compact' ? 'flex-row gap-3' : 'flex-col gap-2'}`} data-testid="story-card" data-id={card.id}>
      {card.image && variant !== 'compact' && (
        <StoryImage
          image={card.image}
          priority={priority}
          sizes={lead ? '(min-width: 1024px) 66vw, 100vw' : '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw'}
          className={`aspect-video rounded ${imageOnPhones ? '' : 'hidden sm:block'}`}
        />
      )}
      <div className="flex min-w-0 flex-col gap-1">
        <H className={`font-bold leading-snug ${lead ? 'line-clamp-4 text-2xl sm:text-3xl' : variant === 'compact' ? 'line-clamp-3 text-base' : 'line-clamp-3 text-lg'}`}>
          <StatusBadge badge={card.badge} />
          {/* Not prefetched: a page lists dozens of stories; the reader opens one. The padding
              (no layout) makes the link box a 24 px target whatever the face; ::after makes the
              whole card one. */}
          <Link href={card.href} prefetch={false} className="py-1 after:absolute after:inset-0 hover:text-accent group-hover:underline">
            <BidiText text={card.title} locale={locale} />
          </Link>
        </H>
        {lead && card.summary && (
          <p className="line-clamp-3 text-muted">
            <BidiText text={card.summary} locale={locale} />
          </p>
        )}
        <p className="text-sm text-muted">
          <CardTime card={card} />
        </p>
      </div>
    </article>
  );
}
