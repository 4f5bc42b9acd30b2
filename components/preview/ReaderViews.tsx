import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '@/i18n/locales';
import type { ImageData } from '@/lib/content/types';
import { formatDate } from '@/lib/format/dates';
import type { StoryWarning } from '@/lib/preview/checks';
import { searchDescription, searchTitle } from '@/lib/preview/cuts';
import { StoryWarnings } from './StoryWarnings';

type Story = { title: string; summary?: string; image?: Pick<ImageData, 'src' | 'alt'>; locale: Locale; published: number };

/**
 * "See it where readers will meet it", in preview: the page on a phone and a desktop
 * (the page itself in frames, scaled), the card a messaging app builds from its Open Graph
 * data, a search result, and the warnings. A <details>: opens without script, and its
 * frames load only once it is open (loading="lazy").
 */
export async function ReaderViews({ story, url, path, siteName, warnings, locale }: { story: Story; url: string; path: string; siteName: string; warnings: StoryWarning[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Checks' });
  const dir = localeConfig[story.locale].dir;
  const picture = story.image?.src ?? '/media/og-default.jpg';
  const { host, pathname } = new URL(url);
  const h2 = 'text-base font-bold';
  const card = 'overflow-hidden rounded-lg border border-line bg-paper text-ink';
  return (
    <details data-testid="reader-views">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">
        {t('open')} ({t('count', { n: warnings.length, count: String(warnings.length) })})
      </summary>
      <div className="grid gap-6 pb-2">
        <section aria-labelledby="rv-warnings" data-testid="rv-warnings">
          <h2 id="rv-warnings" className={h2}>
            {t('warnings')}
          </h2>
          <p className="mb-1 text-xs">{t('notBlocking')}</p>
          <StoryWarnings warnings={warnings} locale={locale} headingId="rv-warnings" />
        </section>

        <section aria-labelledby="rv-devices" data-testid="rv-devices">
          <h2 id="rv-devices" className={h2}>
            {t('devices')}
          </h2>
          {/* Scaled from their top-left corner: the frames' box is laid out left to right. */}
          <div dir="ltr" className="mt-2 flex flex-wrap items-start gap-4">
            <figure className="grid gap-1">
              <div className="h-[422px] w-[195px] overflow-hidden rounded border border-line bg-paper">
                <iframe src={path} title={t('phoneFrame')} width={390} height={844} loading="lazy" className="origin-top-left scale-50 border-0" />
              </div>
              <figcaption className="text-xs">{t('phone')}</figcaption>
            </figure>
            <figure className="grid gap-1">
              <div className="h-[176px] w-[282px] overflow-hidden rounded border border-line bg-paper">
                <iframe src={path} title={t('desktopFrame')} width={1280} height={800} loading="lazy" className="origin-top-left scale-[0.22] border-0" />
              </div>
              <figcaption className="text-xs">{t('desktop')}</figcaption>
            </figure>
          </div>
        </section>

        <section aria-labelledby="rv-card" data-testid="rv-card">
          <h2 id="rv-card" className={h2}>
            {t('linkPreview')}
          </h2>
          <div className="mt-2 flex flex-wrap items-start gap-4">
            <div className={`${card} w-full max-w-[320px]`} lang={story.locale} dir={dir} data-testid="rv-card-wide">
              {/* eslint-disable-next-line @next/next/no-img-element -- the original, cropped as apps crop it */}
              <img src={picture} alt="" className="aspect-[1.91/1] w-full object-cover" />
              <div className="grid gap-1 p-2">
                <p className="line-clamp-2 font-bold" data-testid="rv-card-title">
                  {story.title}
                </p>
                {story.summary && <p className="line-clamp-2 text-sm text-muted">{story.summary}</p>}
                <p className="text-xs text-muted" dir="ltr">
                  {host}
                </p>
              </div>
            </div>
            <div className={`${card} flex w-full max-w-[320px] gap-2`} lang={story.locale} dir={dir} data-testid="rv-card-square">
              {/* eslint-disable-next-line @next/next/no-img-element -- the original, cropped as apps crop it */}
              <img src={picture} alt="" className="aspect-square w-20 shrink-0 object-cover" />
              <div className="grid min-w-0 content-start gap-1 p-2">
                <p className="line-clamp-2 text-sm font-bold">{story.title}</p>
                <p className="text-xs text-muted" dir="ltr">
                  {host}
                </p>
              </div>
            </div>
          </div>
          <p className="mt-1 text-xs">{t('cropNote')}</p>
        </section>

        <section aria-labelledby="rv-search" data-testid="rv-search">
          <h2 id="rv-search" className={h2}>
            {t('searchResult')}
          </h2>
          <div className={`${card} mt-2 grid max-w-[600px] gap-1 p-3`} lang={story.locale} dir={dir}>
            <p className="text-sm">{siteName}</p>
            <p className="truncate text-xs text-muted" dir="ltr">
              {`${host}${pathname.split('/').filter(Boolean).map((s) => ` › ${s}`).join('')}`}
            </p>
            <p className="text-xl text-accent" data-testid="rv-search-title">
              {searchTitle(story.title)}
            </p>
            <p className="text-sm" data-testid="rv-search-description">
              <span className="text-muted">{formatDate(story.published, story.locale)} — </span>
              {story.summary ? searchDescription(story.summary) : t('noDescription')}
            </p>
          </div>
        </section>
      </div>
    </details>
  );
}
