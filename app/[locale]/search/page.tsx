import type { Metadata } from 'next';
import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { NextIcon, PrevIcon } from '@/components/chrome/Icons';
import { Highlighted } from '@/components/search/Highlighted';
import { TimeLabel } from '@/components/text/TimeLabel';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/locales';
import { formatNumber } from '@/lib/format/dates';
import { parsePage } from '@/lib/http/page-param';
import { loadSearch } from '@/lib/loaders/search';
import { MAX_QUERY_LENGTH } from '@/lib/search';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  const q = first((await searchParams).q)?.trim();
  return { title: q ? t('resultsTitle', { query: q.slice(0, 80) }) : t('title'), robots: { index: false, follow: true } };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Search, in the reader's language. Every outcome is a page: empty, too long, none, results. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const sp = await searchParams;
  const q = (first(sp.q) ?? '').trim();
  const page = parsePage(first(sp.page) ?? '1');
  if (page === null) notFound();
  const [t, { nav, problem, result }] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), loadSearch(locale, q, page)]);
  if (result && result.total > 0 && page > result.pages) notFound();
  const href = (p: number) => ({ pathname: '/search', query: p > 1 ? { q, page: String(p) } : ({ q } as Record<string, string>) });
  return (
    <>
      <SiteHeader locale={locale} nav={nav} current={null} switchHref="/search" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-3xl font-bold">{result ? t('resultsTitle', { query: q }) : t('title')}</h1>
        <form action={`/${locale}/search`} method="get" role="search" className="mt-4 flex gap-2">
          <label htmlFor="q" className="sr-only">
            {t('label')}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH * 2} className="h-12 min-w-0 flex-1 rounded-full border border-line bg-paper px-4 text-lg" />
          <button type="submit" className="h-12 rounded-full bg-accent px-6 font-bold text-accent-ink">
            {t('submit')}
          </button>
        </form>
        <div className="mt-6" data-testid="search-results">
          {problem === 'empty' && <p className="text-lg text-muted">{t('empty')}</p>}
          {problem === 'too-long' && (
            <p role="alert" className="text-lg text-accent">
              {t('tooLong', { max: String(MAX_QUERY_LENGTH) })}
            </p>
          )}
          {result && result.total === 0 && <p className="text-lg text-muted">{t('noResults', { query: q })}</p>}
          {result && result.total > 0 && (
            <>
              <p className="text-sm text-muted" data-testid="search-count">
                {t('count', { count: result.total, n: formatNumber(result.total, locale) })}
              </p>
              <ol className="mt-4 divide-y divide-line">
                {result.hits.map((a) => {
                  const excerpt = a.excerpt;
                  return (
                    <li key={a.id} className="py-4" data-id={a.id}>
                      <article>
                        <p className="text-sm font-bold text-accent">{a.section}</p>
                        <h2 className="text-xl font-bold leading-snug">
                          <NextLink href={a.href} prefetch={false} className="hover:underline">
                            <Highlighted segments={a.title} locale={locale} />
                          </NextLink>
                        </h2>
                        {excerpt && (
                          <p className="mt-1 text-muted">
                            <Highlighted segments={excerpt} locale={locale} />
                          </p>
                        )}
                        <p className="mt-1 text-sm text-muted">
                          <TimeLabel ms={a.published} locale={locale} />
                        </p>
                      </article>
                    </li>
                  );
                })}
              </ol>
              {result.pages > 1 && (
                <nav aria-label={t('title')} className="mt-6 flex justify-between gap-4 border-t border-line pt-4">
                  {page > 1 ? (
                    <Link href={href(page - 1)} prefetch={false} className="inline-flex min-h-11 items-center gap-1 font-bold hover:text-accent" rel="prev">
                      <PrevIcon />
                      {t('previous')}
                    </Link>
                  ) : (
                    <span />
                  )}
                  {page < result.pages ? (
                    <Link href={href(page + 1)} prefetch={false} className="inline-flex min-h-11 items-center gap-1 font-bold hover:text-accent" rel="next" data-testid="search-next">
                      {t('next')}
                      <NextIcon />
                    </Link>
                  ) : (
                    <span />
                  )}
                </nav>
              )}
            </>
          )}
        </div>
      </main>
    </>
  );
}
