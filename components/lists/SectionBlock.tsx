import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { Article, Section } from '@/lib/content/types';
import { NextIcon } from '../chrome/Icons';
import { StoryCard } from './StoryCard';

/** A section's newest stories, titled with a link to the section feed. */
export async function SectionBlock({ section, articles, locale, compact = false }: { section: Section; articles: Article[]; locale: Locale; compact?: boolean }) {
  if (articles.length === 0) return null;
  const [t, tHome] = await Promise.all([getTranslations({ locale, namespace: 'Article' }), getTranslations({ locale, namespace: 'Home' })]);
  const id = `block-${section.id}`;
  return (
    <section aria-labelledby={id} data-testid="section-block" data-section={section.id} className="border-t-4 border-ink pt-3">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id={id} className="text-xl font-bold">
          <Link href={`/${section.id}`} className="hover:text-accent">
            {section.name[locale]}
          </Link>
        </h2>
        <Link
          href={`/${section.id}`}
          className="inline-flex min-h-11 shrink-0 items-center gap-1 text-sm text-muted hover:text-accent"
          aria-label={t('moreFrom', { section: section.name[locale] })}
        >
          {tHome('more')}
          <NextIcon />
        </Link>
      </div>
      <div className={compact ? 'grid gap-3' : 'grid gap-6 sm:grid-cols-2'}>
        {articles.map((a, i) => (
          <StoryCard key={a.id} article={a} locale={locale} variant={compact ? 'compact' : 'card'} imageOnPhones={i === 0} />
        ))}
      </div>
    </section>
  );
}
