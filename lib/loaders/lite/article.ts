// A story in the lite edition: everything needed to read it (headline, byline, dateline,
// dates, the whole body, the source) and short lists to go on with. Readers' view only:
// drafts and scheduled stories never have a lite page.
import { getTranslations } from 'next-intl/server';
import { otherLocale, type Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import { getContentSource } from '@/lib/content/instance';
import { pickIds, readers } from '@/lib/content/types';
import { SUBSTANTIAL_UPDATE_MS } from '@/lib/format/dates';
import type { LiteArticleData, LiteBlock } from '@/lib/lite/types';
import { storyPath } from '@/lib/paths';
import { loadSections } from '../shared';
import { liteFrame, liteItems, liteSection, liteStory, liteTime, pictureHref } from './frame';

export type LiteArticleResult = { kind: 'missing' } | { kind: 'moved'; to: string } | { kind: 'found'; data: LiteArticleData };

export async function loadLiteArticle(locale: Locale, sectionId: string, id: string): Promise<LiteArticleResult> {
  const source = getContentSource();
  const vis = readers();
  const [a, sections] = await Promise.all([source.article(id, vis), loadSections()]);
  if (!a) return { kind: 'missing' };
  // One URL per story, as on the full site: its own language and section.
  if (a.locale !== locale || a.section !== sectionId) return { kind: 'moved', to: liteStory(a) };
  const section = sections.find((s) => s.id === a.section);
  if (!section) return { kind: 'missing' };
  const [picks, related, translations, t, tArticle, tTime, tSite] = await Promise.all([
    source.articles(pickIds(a), vis),
    source.related(a, 4, vis),
    source.translations([a], vis),
    getTranslations({ locale, namespace: 'Lite' }),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Time' }),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  const ownPicks = picks.filter((p) => p.locale === locale);
  const latest = await source.latest({ locale, exclude: [a.id, ...ownPicks.map((p) => p.id)] }, 5, vis);
  const translation = translations.get(a.id);
  const credit = (c?: string) => (c ? tArticle('imageCredit', { credit: c }) : undefined);
  const updated = a.updated && a.updated - a.published >= SUBSTANTIAL_UPDATE_MS ? a.updated : undefined;
  const blocks: LiteBlock[] = a.body.map((b) => (b.type === 'image' ? { ...b, credit: credit(b.credit), href: pictureHref(b.src) } : b));
  return {
    kind: 'found',
    data: {
      frame: await liteFrame(locale, sections, {
        title: `${a.title} | ${t('edition')}`,
        fullPath: localePath(locale, storyPath(a)),
        litePath: liteStory(a),
        otherPath: translation ? liteStory(translation) : liteSection(otherLocale(locale), a.section),
        current: a.section,
      }),
      article: {
        id: a.id,
        title: a.title,
        summary: a.summary,
        byline: a.byline ? tArticle('by', { name: a.byline }) : undefined,
        dateline: a.dateline,
        published: await liteTime(a.published, locale, vis.now, true),
        updated: updated ? await liteTime(updated, locale, vis.now, true) : undefined,
        hero: a.image && { href: pictureHref(a.image.src), alt: a.image.alt, caption: a.image.caption, credit: credit(a.image.credit) },
        blocks,
        source: a.source,
      },
      picks: { title: tArticle('youMayAlsoLike'), items: await liteItems(ownPicks, locale, vis.now) },
      related: { title: tArticle('related'), items: await liteItems(related, locale, vis.now) },
      latest: { title: tArticle('latest'), items: await liteItems(latest, locale, vis.now) },
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
