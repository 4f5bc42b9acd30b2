import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { Article, Section } from '@/lib/content/types';
import { NextIcon } from '../chrome/Icons';
import { StoryCard } from './StoryCard';

/** A section's newest stories, titled with a link to the section feed. */
export function SectionBlock({ section, articles, locale, compact = false }: { section: Section; articles: Article[]; locale: Locale; compact?: boolean }) {
  if (articles.length === 0) return null;
  const id = `block-${section.id}`;
  return (
    <section aria-labelledby={id} data-testid="section-block" data-section={section.id} className="border-t-4 border-ink pt-3">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {/* The section's name is the link: descriptive, unlike a bare "more". */}
        <Link href={`/${section.id}`} className="inline-flex min-h-11 items-center gap-1 hover:text-accent">
          {section.name[locale]}
          <NextIcon className="text-accent" />
        </Link>
      </h2>
      <div className={compact ? 'grid gap-3' : 'grid gap-6 sm:grid-cols-2'}>
        {articles.map((a, i) => (
          <StoryCard key={a.id} article={a} locale={locale} variant={compact ? 'compact' : 'card'} imageOnPhones={i === 0} />
        ))}
      </div>
    </section>
  );
}
