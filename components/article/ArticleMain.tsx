import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { ArticlePageData } from '@/lib/loaders/article';
import { localePath } from '@/i18n/paths';
import { bothPath, storyPath } from '@/lib/paths';
import { HeadlineList } from '../lists/HeadlineList';
import { SaveButton } from '../offline/SaveButton';
import { SectionBlock } from '../lists/SectionBlock';
import { StatusBadge } from '../lists/StatusBadge';
import { StoryCard } from '../lists/StoryCard';
import { StoryImage } from '../media/StoryImage';
import { BidiText } from '../text/BidiText';
import { ArticleBody, BodyBlock } from './ArticleBody';
import { ArticleMeta, Dateline } from './ArticleMeta';
import { Breadcrumb } from './Breadcrumb';
import { Caption } from './Caption';
import { ShareButtons } from './ShareButtons';
import { SourceLink } from './SourceLink';
import { TagList } from './TagList';
import { TextSizeControl } from './TextSizeControl';

/** The article page below the site header, in the order the product lists its parts. */
export async function ArticleMain({ data, locale }: { data: ArticlePageData; locale: Locale }) {
  const { article, section, picks, related, latest, popular, teasers } = data;
  const [t, tShare, tSize, tLite, tOffline] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Share' }),
    getTranslations({ locale, namespace: 'TextSize' }),
    getTranslations({ locale, namespace: 'Lite' }),
    getTranslations({ locale, namespace: 'Offline' }),
  ]);
  const [first, ...rest] = article.body;
  const pill = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-bold hover:border-accent hover:text-accent';
  const lead = (
    <>
      {article.image && (
        <figure className="grid gap-2" data-testid="hero">
          <StoryImage image={article.image} priority sizes="(min-width: 1024px) 720px, 100vw" className="rounded" />
          <Caption caption={article.image.caption} credit={article.image.credit} locale={locale} />
        </figure>
      )}
      <ArticleMeta article={article} locale={locale} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TextSizeControl
          labels={{
            label: tSize('label'),
            smaller: tSize('smaller'),
            larger: tSize('larger'),
            reset: tSize('reset'),
            smallerGlyph: tSize('smallerGlyph'),
            resetGlyph: tSize('resetGlyph'),
            largerGlyph: tSize('largerGlyph'),
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          {data.hasTranslation && (
            // No prefetch: the client would ask for this address's article segments, which
            // the side-by-side page (proxy.ts rewrites ?view=both to …/both) does not have.
            <Link href={bothPath(article)} prefetch={false} className={pill} data-testid="read-both">
              {t('readBoth')}
            </Link>
          )}
          {!data.preview && (
            <>
              {/* A plain link: the lite page is not a page of the app router. */}
              <a href={localePath(locale, `/lite${storyPath(article)}`)} className={pill} data-testid="lite-link">
                {tLite('liteVersion')}
              </a>
              <SaveButton
                story={{ url: localePath(locale, storyPath(article)), title: article.title, locale: article.locale, section: section.name }}
                labels={{ save: tOffline('save'), savedRemove: tOffline('savedRemove'), savedStatus: tOffline('savedStatus'), removedStatus: tOffline('removedStatus'), saveFailed: tOffline('saveFailed') }}
              />
            </>
          )}
        </div>
      </div>
    </>
  );

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      {data.structuredData && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: data.structuredData }} />}
      <div className="grid gap-10 lg:grid-cols-3">
        <article className="min-w-0 lg:col-span-2" data-testid="article" data-id={article.id}>
          <header className="grid gap-4">
            <Breadcrumb section={section} locale={locale} />
            <h1 className="text-2xl font-bold leading-snug sm:text-4xl sm:leading-tight" data-testid="headline">
              <StatusBadge badge={data.badge} />
              <BidiText text={article.title} locale={locale} />
            </h1>
            {article.summary && (
              <p className="text-lg text-muted" data-testid="summary">
                <BidiText text={article.summary} locale={locale} />
              </p>
            )}
          </header>

          {/* The hero and the meta open the body's own container: reading tools (Firefox's
              reader view) keep the element that holds the paragraphs, and would drop a
              picture that sat in the header. */}
          <div className="mt-4">
            {article.dateline && first?.type === 'paragraph' ? (
              <div className="article-body grid gap-5" data-testid="article-body">
                {lead}
                {/* The dateline opens the first paragraph, as in print. */}
                <p>
                  <Dateline text={article.dateline} locale={locale} />
                  <BidiText text={first.text} locale={locale} />
                </p>
                {rest.map((block, i) => (
                  <BodyBlock key={i} block={block} locale={locale} />
                ))}
              </div>
            ) : (
              <ArticleBody
                blocks={article.body}
                locale={locale}
                lead={
                  <>
                    {lead}
                    {article.dateline && (
                      <p>
                        <Dateline text={article.dateline} locale={locale} />
                      </p>
                    )}
                  </>
                }
              />
            )}
          </div>

          <footer className="mt-8 grid gap-6">
            {picks.length > 0 && (
              <section aria-labelledby="picks-title" data-testid="picks" className="border-t-4 border-accent pt-3">
                <h2 id="picks-title" className="mb-3 text-xl font-bold">
                  {t('youMayAlsoLike')}
                </h2>
                <div className="grid gap-4 sm:grid-cols-3">
                  {picks.map((p) => (
                    <StoryCard key={p.id} card={p} locale={locale} />
                  ))}
                </div>
              </section>
            )}
            {article.source && <SourceLink source={article.source} locale={locale} />}
            {article.tags && <TagList tags={article.tags} locale={locale} />}
            <ShareButtons
              url={data.url}
              title={article.title}
              labels={{
                title: tShare('title'),
                share: tShare('share'),
                whatsapp: tShare('whatsapp'),
                x: tShare('x'),
                facebook: tShare('facebook'),
                copy: tShare('copy'),
                copied: tShare('copied'),
                shareOn: {
                  whatsapp: tShare('shareOn', { network: tShare('whatsapp') }),
                  x: tShare('shareOn', { network: tShare('x') }),
                  facebook: tShare('shareOn', { network: tShare('facebook') }),
                },
              }}
            />
          </footer>
        </article>

        <aside className="grid content-start gap-8">
          <HeadlineList title={t('latest')} cards={latest} locale={locale} testId="latest" />
          <HeadlineList title={t('mostRead')} cards={popular} locale={locale} ranked testId="most-read" />
        </aside>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-10 border-t-4 border-ink pt-3" data-testid="related">
          <h2 id="related-title" className="mb-3 text-xl font-bold">
            {t('related')}
          </h2>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((a) => (
              <StoryCard key={a.id} card={a} locale={locale} />
            ))}
          </div>
        </section>
      )}

      <div className="mt-10 grid gap-8 sm:grid-cols-2 lg:grid-cols-3" data-testid="teasers">
        {teasers.map((block) => (
          <SectionBlock key={block.id} block={block} locale={locale} compact />
        ))}
      </div>
    </main>
  );
}
