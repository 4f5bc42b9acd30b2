import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { HeadlineList } from '@/components/lists/HeadlineList';
import { SectionBlock } from '@/components/lists/SectionBlock';
import { StoryCard } from '@/components/lists/StoryCard';
import { isLocale } from '@/i18n/locales';
import { loadHome } from '@/lib/loaders/home';
import { pageMetadata } from '@/lib/seo/metadata';

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
  const [t, tArticle, home] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getTranslations({ locale, namespace: 'Article' }), loadHome(locale)]);
  return (
    <>
      <SiteHeader locale={locale} nav={home.nav} switchHref="/" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="sr-only">{t('title')}</h1>
        {home.lead && (
          <section aria-label={t('lead')} className="grid gap-6 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <StoryCard card={home.lead} locale={locale} variant="lead" priority headingLevel={2} />
            </div>
            <div className="grid content-start gap-4 sm:grid-cols-2 lg:grid-cols-1">
              {home.top.map((c) => (
                <StoryCard key={c.id} card={c} locale={locale} variant="compact" headingLevel={2} />
              ))}
            </div>
          </section>
        )}
        <section aria-labelledby="newest-title" className="mt-8" data-testid="newest">
          <h2 id="newest-title" className="mb-3 border-t-4 border-ink pt-3 text-xl font-bold">
            {t('newest')}
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {home.newest.map((c) => (
              <StoryCard key={c.id} card={c} locale={locale} />
            ))}
          </div>
        </section>
        <div className="mt-8 grid gap-8 lg:grid-cols-3">
          <div className="grid gap-8 lg:col-span-2">
            {home.teasers.map((block) => (
              <SectionBlock key={block.id} block={block} locale={locale} />
            ))}
          </div>
          <aside className="grid content-start gap-8">
            <HeadlineList title={tArticle('latest')} cards={home.latest} locale={locale} testId="latest" />
            <HeadlineList title={tArticle('mostRead')} cards={home.popular} locale={locale} ranked testId="most-read" />
          </aside>
        </div>
      </main>
    </>
  );
}
