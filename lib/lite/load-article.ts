import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { SUBSTANTIAL_UPDATE_MS } from '@/lib/i18n/dates';
import { liteArticle, liteFrame, liteItems, liteSection, liteTime, pictureHref } from './frame';
import type { LiteArticleData, LiteBlock } from './types';

export type LiteArticleResult = { kind: 'missing' } | { kind: 'moved'; to: string } | { kind: 'found'; data: LiteArticleData };

/**
 * A story in the lite edition: everything the reader needs to read it (headline, byline,
 * dateline, dates, the whole body, the source) and short lists to go on with. Readers'
 * view only: drafts and scheduled stories never have a lite page.
 */
export async function loadLiteArticle(locale: Locale, sectionId: string, id: string): Promise<LiteArticleResult> {
  const store = getStore();
  const view = { preview: false, now: Date.now() };
  const a = store.article(id, view);
  if (!a) return { kind: 'missing' };
  // One URL per story, as on the full site: its own language and section.
  if (a.locale !== locale || a.section !== sectionId) return { kind: 'moved', to: liteArticle(a) };
  const section = store.section(a.section)!;
  const [t, tArticle, tTime, tSite] = await Promise.all([
    getTranslations({ locale, namespace: 'Lite' }),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Time' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  const credit = (c?: string) => (c ? tArticle('imageCredit', { credit: c }) : undefined);
  const translation = store.translation(a, view);
  const picks = store.picks(a, view).filter((p) => p.locale === locale);
  const updated = a.updated && a.updated - a.published >= SUBSTANTIAL_UPDATE_MS ? a.updated : undefined;
  const blocks: LiteBlock[] = a.body.map((b) => (b.type === 'image' ? { ...b, credit: credit(b.credit), href: pictureHref(b.src) } : b));
  const path = `/${locale}/${a.section}/${a.id}`;
  return {
    kind: 'found',
    data: {
      frame: await liteFrame(locale, {
        title: `${a.title} | ${t('edition')}`,
        fullPath: path,
        litePath: liteArticle(a),
        otherPath: translation ? liteArticle(translation) : liteSection(otherLocale(locale), a.section),
        current: a.section,
      }),
      article: {
        id: a.id,
        title: a.title,
        summary: a.summary,
        byline: a.byline ? tArticle('by', { name: a.byline }) : undefined,
        dateline: a.dateline,
        published: await liteTime(a.published, locale, true),
        updated: updated ? await liteTime(updated, locale, true) : undefined,
        hero: a.image && { href: pictureHref(a.image.src), alt: a.image.alt, caption: a.image.caption, credit: credit(a.image.credit) },
        blocks,
        source: a.source,
      },
      picks: { title: tArticle('youMayAlsoLike'), items: await liteItems(picks, locale) },
      related: { title: tArticle('related'), items: await liteItems(store.related(a, 4, view), locale) },
      latest: { title: tArticle('latest'), items: await liteItems(store.latest(locale, 5, view, new Set([a.id, ...picks.map((p) => p.id)])), locale) },
      labels: {
        published: tTime('published'),
        updated: tTime('updated'),
        hijri: tTime('hijriNote'),
        showPicture: t('showPicture'),
        source: t('source'),
        breadcrumb: tArticle('breadcrumb'),
        home: tSite('home'),
        section: section.name[locale],
        sectionHref: liteSection(locale, section.id),
      },
    },
  };
}
