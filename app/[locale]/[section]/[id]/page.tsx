import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleMain } from '@/components/article/ArticleMain';
import { ReadBeacon } from '@/components/article/ReadBeacon';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { LivePreviewLoader } from '@/components/preview/LivePreviewLoader';
import { StoryTools } from '@/components/preview/StoryTools';
import { permanentRedirect } from '@/i18n/navigation';
import { localePath } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/locales';
import { findArticle, findTranslation, loadArticlePage } from '@/lib/loaders/article';
import { latestIds } from '@/lib/loaders/static-params';
import { storyPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 30;

/**
 * The newest 30 stories of each language are built ahead; older ones on their first
 * request (about 35 ms), then cached. Only `locale` reaches this function ([section] has
 * no layout), so it names the section itself.
 */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return isLocale(params.locale) ? latestIds(params.locale, 30) : [];
}

async function find(params: PageProps<'/[locale]/[section]/[id]'>['params']) {
  const { locale, section, id } = await params;
  if (!isLocale(locale)) notFound();
  const found = await findArticle(locale, section, id);
  if (found.kind === 'missing') notFound();
  // One URL per story: its own locale and section.
  if (found.kind === 'moved') permanentRedirect({ href: found.path, locale: found.locale });
  return { locale: locale as Locale, found };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[section]/[id]'>): Promise<Metadata> {
  const { locale, found } = await find(params);
  const { article, section, preview } = found;
  const translation = await findTranslation(article);
  return pageMetadata({
    locale,
    path: storyPath(article),
    title: article.title,
    description: article.summary,
    alternate: translation ? storyPath(translation) : undefined,
    article: { publishedTime: article.publishedAt, modifiedTime: article.updatedAt, section: section.name[locale], tags: article.tags, authors: article.byline ? [article.byline] : undefined },
    image: article.image && { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt },
    noindex: preview,
  });
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/[section]/[id]'>) {
  const { locale, found } = await find(params);
  setRequestLocale(locale);
  const data = await loadArticlePage(locale, found);
  return (
    <>
      {data.preview?.share && (
        <StoryTools
          id={data.article.id}
          locale={locale}
          share={data.preview.share}
          warnings={data.preview.warnings ?? []}
          views={{ story: data.article, url: data.url, path: localePath(locale, storyPath(data.article)), siteName: data.siteName }}
        />
      )}
      <SiteHeader locale={locale} nav={data.nav} current={data.section.id} switchHref={data.switchHref} liteHref={localePath(locale, `/lite${storyPath(data.article)}`)} />
      <ArticleMain data={data} locale={locale} />
      {data.preview ? <LivePreviewLoader id={data.article.id} version={data.preview.version} /> : <ReadBeacon id={data.article.id} />}
    </>
  );
}
