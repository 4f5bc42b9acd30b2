import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { Card } from '@/lib/cards';
import { sectionPath } from '@/lib/paths';
import { NextIcon } from '../chrome/Icons';
import { StoryCard } from './StoryCard';

export type SectionTeaser = { id: string; name: string; cards: Card[] };

/** A section's newest stories, titled with a link to the section feed. */
export function SectionBlock({ block, locale, compact = false }: { block: SectionTeaser; locale: Locale; compact?: boolean }) {
  if (block.cards.length === 0) return null;
  const id = `block-${block.id}`;
  return (
    <section aria-labelledby={id} data-testid="section-block" data-section={block.id} className="border-t-4 border-ink pt-3">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {/* The section's name is the link: descriptive, unlike a bare "more". */}
        <Link href={sectionPath(block.id)} prefetch={false} className="inline-flex min-h-11 items-center gap-1 hover:text-accent">
          {block.name}
          <NextIcon className="text-accent" />
        </Link>
      </h2>
      <div className={compact ? 'grid gap-3' : 'grid gap-6 sm:grid-cols-2'}>
        {block.cards.map((c, i) => (
          <StoryCard key={c.id} card={c} locale={locale} variant={compact ? 'compact' : 'card'} imageOnPhones={i === 0} />
        ))}
      </div>
    </section>
  );
}
