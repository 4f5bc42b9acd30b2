import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { HeadlineList } from '@/components/lists/HeadlineList';
import { SectionBlock } from '@/components/lists/SectionBlock';
import { StoryCard } from '@/components/lists/StoryCard';
import { isLocale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { currentView } from '@/lib/content/view';
import { pageMetadata } from '@/lib/seo/metadata';
import { mostRead } from '@/lib/views/most-read';

export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata({ locale, path: '', title: { absolute: t('title') }, alternate: '' });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, tArticle, view] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Article' }),
    currentView(),
  ]);
  const store = getStore();
  const [lead, ...newest] = store.latest(locale, 13, view);
  const shown = new Set([lead?.id, ...newest.map((a) => a.id)].filter(Boolean) as string[]);
  const popular = await mostRead(locale, 6, view);
  return (
    <>
      <SiteHeader locale={locale} switchHref="/" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="sr-only">{t('title')}</h1>
        {lead && (
          <section aria-label={t('lead')} className="grid gap-6 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <StoryCard article={lead} locale={locale} variant="lead" priority headingLevel={2} />
            </div>
            <div className="grid content-start gap-4 sm:grid-cols-2 lg:grid-cols-1">
              {newest.slice(0, 4).map((a) => (
                <StoryCard key={a.id} article={a} locale={locale} variant="compact" headingLevel={2} />
              ))}
            </div>
          </section>
        )}
        <section aria-labelledby="newest-title" className="mt-8" data-testid="newest">
          <h2 id="newest-title" className="mb-3 border-t-4 border-ink pt-3 text-xl font-bold">
            {t('newest')}
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {newest.slice(4).map((a) => (
              <StoryCard key={a.id} article={a} locale={locale} />
            ))}
          </div>
        </section>
        <div className="mt-8 grid gap-8 lg:grid-cols-3">
          <div className="grid gap-8 lg:col-span-2">
            {store.sections().map((s) => (
              <SectionBlock key={s.id} section={s} locale={locale} articles={store.sectionLatest(locale, s.id, 4, view, shown)} />
            ))}
          </div>
          <aside className="grid content-start gap-8">
            <HeadlineList title={tArticle('latest')} articles={store.latest(locale, 8, view)} locale={locale} testId="latest" />
            <HeadlineList title={tArticle('mostRead')} articles={popular} locale={locale} ranked testId="most-read" />
          </aside>
        </div>
      </main>
    </>
  );
}
