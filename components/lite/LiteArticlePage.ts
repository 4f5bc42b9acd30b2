import { html, type Html } from '@/lib/lite/html';
import type { LiteArticleData } from '@/lib/lite/types';
import { LitePicture } from './blocks/LitePicture';
import { LiteBody } from './LiteBody';
import { LitePage } from './LitePage';
import { LiteStoryList } from './LiteStoryList';
import { LiteText } from './LiteText';
import { LiteTime } from './LiteTime';

/** A story with everything needed to read it, and short lists to go on with. */
export function LiteArticlePage({ data }: { data: LiteArticleData }): Html {
  const { frame, article: a, labels } = data;
  const locale = frame.locale;
  return LitePage({
    frame,
    main: html`<article data-testid="article" data-id="${a.id}"><nav aria-label="${labels.breadcrumb}" class="meta"><a href="${frame.home}">${labels.home}</a> » <a href="${labels.sectionHref}">${labels.section}</a></nav><h1 data-testid="headline">${LiteText({ text: a.title, locale })}</h1>${
      a.summary ? html`<p class="sum">${LiteText({ text: a.summary, locale })}</p>` : ''
    }${a.hero ? LitePicture({ ...a.hero, label: labels.showPicture, locale }) : ''}${a.byline ? html`<p class="meta" data-testid="byline">${LiteText({ text: a.byline, locale })}</p>` : ''}<p class="meta" data-testid="published">${labels.published}: ${LiteTime({
      time: a.published,
      hijriTitle: labels.hijri,
    })}</p>${a.updated ? html`<p class="meta" data-testid="updated">${labels.updated}: ${LiteTime({ time: a.updated, hijriTitle: labels.hijri })}</p>` : ''}${LiteBody({
      blocks: a.blocks,
      dateline: a.dateline,
      locale,
      pictureLabel: labels.showPicture,
    })}${a.source ? html`<p data-testid="source">${labels.source}: <a href="${a.source.url}" rel="noopener">${LiteText({ text: a.source.name, locale })}</a></p>` : ''}</article>${LiteStoryList({
      list: data.picks,
      locale,
      testId: 'picks',
    })}${LiteStoryList({ list: data.related, locale, testId: 'related' })}${LiteStoryList({ list: data.latest, locale, testId: 'latest' })}`,
  });
}
