// An article page: the story and everything around it, asked of the source once. The
// page and its metadata share one result (React's cache), so the translation, the
// picks and the visibility are worked out once per render.
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import { badgeOf, toCards } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import { pickIds, type Article, type ArticleSummary, type Section } from '@/lib/content/types';
import { storyPath, storyUrl } from '@/lib/paths';
import { articleStructuredData, jsonLd } from '@/lib/seo/structured-data';
import { loadSections, mostRead, navOf, sectionTeasers } from './shared';
import { warningsOf } from './preview-checks';
import { shareState } from './share-state';
import { requestVisibility } from './visibility';

export type ArticleLookup =
  | { kind: 'missing' }
  /** The story lives at another URL (another locale or section): redirect there. */
  | { kind: 'moved'; locale: Locale; path: string }
  | { kind: 'found'; article: Article; section: Section; preview: boolean };

/** How many stories "latest" and "most read" show beside a story. */
const LATEST = 6;
const POPULAR = 5;

/** The story at /{locale}/{section}/{id}, as this request may see it. */
export const findArticle = cache(async (locale: Locale, section: string, id: string): Promise<ArticleLookup> => {
  const source = getContentSource();
  const vis = await requestVisibility();
  const [article, sections] = await Promise.all([source.article(id, vis), loadSections()]);
  if (!article) return { kind: 'missing' };
  if (article.locale !== locale || article.section !== section) return { kind: 'moved', locale: article.locale, path: storyPath(article) };
  const home = sections.find((s) => s.id === article.section);
  if (!home) return { kind: 'missing' };
  return { kind: 'found', article, section: home, preview: vis.preview };
});

/**
 * The story's version in the other language, if this request may see one: asked once per
 * render (metadata, language switch, "read both"), beside the page's other questions.
 */
export const findTranslation = cache(async (article: ArticleSummary): Promise<ArticleSummary | undefined> =>
  (await getContentSource().translations([article], await requestVisibility())).get(article.id),
);

/**
 * Everything below the story's own text: lists, teasers, structured data, preview version.
 * One round of questions: each depends only on the story and the sections, already known.
 */
export const loadArticlePage = cache(async (locale: Locale, found: Extract<ArticleLookup, { kind: 'found' }>) => {
  const source = getContentSource();
  const vis = await requestVisibility();
  const { article, section } = found;
  const sections = await loadSections();
  const others = sections.filter((s) => s.id !== article.section);
  const cards = async (list: Promise<ArticleSummary[]>) => toCards(await list, locale, vis.now);
  // The locale's newest, once: "latest" (less this story) and what fills "most read".
  const newest = source.latest({ locale }, Math.max(LATEST + 1, 2 * POPULAR), vis);
  const [translation, picks, related, latest, popular, teasers, version, share, warnings, badge, tSite] = await Promise.all([
    findTranslation(article),
    cards(source.articles(pickIds(article), vis).then((list) => list.filter((p) => p.locale === locale))),
    cards(source.related(article, 4, vis)),
    cards(newest.then((list) => list.filter((a) => a.id !== article.id).slice(0, LATEST))),
    cards(mostRead(source, locale, POPULAR, vis, newest)),
    sectionTeasers(source, others, locale, 4, vis, [article.id]),
    vis.preview ? source.version(article.id) : undefined,
    vis.preview ? shareState(article, vis.now) : undefined,
    vis.preview ? warningsOf([article], vis.now).then((m) => m.get(article.id) ?? []) : undefined,
    badgeOf(article, locale, vis.now),
    getTranslations({ locale, namespace: 'Site' }),
  ]);
  return {
    nav: navOf(sections, locale),
    article,
    section: { id: section.id, name: section.name[locale] },
    badge,
    url: storyUrl(article),
    siteName: tSite('name'),
    /** Where the language switch goes: the translation, else this section in the other language. */
    switchHref: translation ? storyPath(translation) : `/${article.section}`,
    hasTranslation: Boolean(translation),
    // Structured data is for crawlers: never in preview.
    structuredData: vis.preview ? undefined : jsonLd(articleStructuredData(article, section, locale, { site: tSite('name'), home: tSite('home') })),
    picks,
    related,
    latest,
    popular,
    teasers,
    preview: vis.preview ? { version, share, warnings } : undefined,
  };
});

export type ArticlePageData = Awaited<ReturnType<typeof loadArticlePage>>;

/** A story beside its translation (the ?view=both page). undefined: no such pair. */
export const loadBoth = cache(async (locale: Locale, section: string, id: string) => {
  const found = await findArticle(locale, section, id);
  if (found.kind !== 'found') return undefined;
  const translation = await findTranslation(found.article);
  if (!translation) return undefined;
  const [other, sections] = await Promise.all([getContentSource().article(translation.id, await requestVisibility()), loadSections()]);
  if (!other) return undefined;
  return { nav: navOf(sections, locale), article: found.article, translation: other, canonical: localePath(locale, storyPath(found.article)) };
});
