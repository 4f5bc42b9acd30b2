import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { SectionData } from '@/lib/loaders/section';
import { RssIcon } from '../chrome/Icons';
import { HeadlineList } from '../lists/HeadlineList';
import { StoryCard } from '../lists/StoryCard';
import { LoadMore } from './LoadMore';

/** A section's stories, newest first, one page of them; more come in place or by plain links. */
export async function SectionFeed({ data, locale }: { data: SectionData; locale: Locale }) {
  const [t, tArticle] = await Promise.all([getTranslations({ locale, namespace: 'Section' }), getTranslations({ locale, namespace: 'Article' })]);
  const { section, page, pages, items } = data;
  const [lead, ...rest] = items;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2 border-b-4 border-accent pb-2">
        <h1 className="text-3xl font-bold" data-testid="section-title">
          {page > 1 ? t('pageTitle', { section: section.name, page: String(page) }) : section.name}
        </h1>
        <a href={`/${locale}/${section.id}/rss.xml`} className="inline-flex min-h-11 items-center gap-2 text-sm text-muted hover:text-accent" aria-label={t('rss', { section: section.name })}>
          <RssIcon />
          RSS
        </a>
      </div>
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {items.length === 0 ? (
            <p className="text-lg text-muted">{t('empty')}</p>
          ) : (
            <ol className="grid gap-8 sm:grid-cols-2" data-testid="feed">
              {lead && (
                <li className="sm:col-span-2" data-id={lead.id}>
                  <StoryCard card={lead} locale={locale} variant={page === 1 ? 'lead' : 'card'} priority={page === 1} headingLevel={2} />
                </li>
              )}
              {rest.map((c) => (
                <li key={c.id} data-id={c.id}>
                  <StoryCard card={c} locale={locale} headingLevel={2} />
                </li>
              ))}
            </ol>
          )}
          <LoadMore
            locale={locale}
            section={section.id}
            page={page}
            pages={pages}
            labels={{ loadMore: t('loadMore'), loading: t('loading'), error: t('loadError'), next: t('next'), previous: t('previous'), pagination: t('pagination'), pageOf: t('pageOf', { page: '{page}', pages: '{pages}' }), loaded: t('loaded', { count: '{count}' }) }}
          />
        </div>
        <aside className="grid content-start gap-8">
          <HeadlineList title={tArticle('mostRead')} cards={data.popular} locale={locale} ranked testId="most-read" />
          <HeadlineList title={tArticle('latest')} cards={data.latest} locale={locale} testId="latest" />
        </aside>
      </div>
    </main>
  );
}
