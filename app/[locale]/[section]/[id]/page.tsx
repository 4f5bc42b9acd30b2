import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleView } from '@/components/article/ArticleView';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { ReadBeacon } from '@/components/article/ReadBeacon';
import { LivePreviewLoader } from '@/components/preview/LivePreviewLoader';
import { permanentRedirect } from '@/i18n/navigation';
import { isLocale, type Locale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { currentView } from '@/lib/content/view';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 30;

/**
 * The newest 30 stories of each language are built ahead; older ones on their first
 * request (about 35 ms), then cached. Only `locale` reaches this function ([section] has
 * no layout), so it names the section itself.
 */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return getStore()
    .latest(params.locale, 30, { preview: false })
    .map((a) => ({ section: a.section, id: a.id }));
}

async function load(params: PageProps<'/[locale]/[section]/[id]'>['params']) {
  const { locale, section, id } = await params;
  if (!isLocale(locale)) notFound();
  const view = await currentView();
  const article = getStore().article(id, view);
  if (!article) notFound();
  return { locale: locale as Locale, article, view, misplaced: article.locale !== locale || article.section !== section };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]'>): Promise<Metadata> {
  const { locale, article, view, misplaced } = await load(params);
  if (misplaced) return {}; // the page redirects
  const store = getStore();
  const translation = store.translation(article, { preview: false });
  const section = store.section(article.section);
  return pageMetadata({
    locale,
    path: `/${article.section}/${article.id}`,
    title: article.title,
    description: article.summary,
    alternate: translation ? `/${translation.section}/${translation.id}` : undefined,
    article: { publishedTime: article.publishedAt, modifiedTime: article.updatedAt, section: section?.name[locale] ?? article.section, tags: article.tags, authors: article.byline ? [article.byline] : undefined },
    image: article.image && { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt },
    noindex: view.preview,
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/[section]/[id]'>) {
  const { locale, article, view, misplaced } = await load(params);
  // One URL per story: its own locale and section.
  if (misplaced) permanentRedirect({ href: `/${article.section}/${article.id}`, locale: article.locale });
  setRequestLocale(locale);
  const store = getStore();
  const translation = store.translation(article, view);
  return (
    <>
      <SiteHeader locale={locale} current={article.section} switchHref={translation ? `/${translation.section}/${translation.id}` : `/${article.section}`} />
      <ArticleView article={article} locale={locale} view={view} preview={view.preview} />
      {view.preview ? <LivePreviewLoader id={article.id} version={store.version(article.id)} /> : <ReadBeacon id={article.id} />}
    </>
  );
}
