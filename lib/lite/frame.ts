// What every lite page shares: the masthead, the section menu, the language switch, the
// link to the full page and the reader's preference. One question to the store (the sections).
import { getTranslations } from 'next-intl/server';
import { localeConfig, otherLocale, type Locale } from '@/i18n/locales';
import { formatDateTime, formatHijri } from '@/lib/i18n/dates';
import { timeLabel } from '@/lib/i18n/time-label';
import type { Article } from '@/lib/content/types';
import { getStore } from '@/lib/content/store';
import { FULL_PARAM } from '@/lib/routes';
import { siteUrl } from '@/lib/site';
import type { LiteFrame, LiteItem, LiteTimeData } from './types';

export const liteHome = (locale: Locale) => `/${locale}/lite`;
export const liteSection = (locale: Locale, section: string) => `/${locale}/lite/${section}`;
export const liteArticle = (a: Pick<Article, 'locale' | 'section' | 'id'>) => `/${a.locale}/lite/${a.section}/${a.id}`;

/** An image as a link, not a download: a 640 px copy from the optimiser (or the remote file as it is). */
export function pictureHref(src: string): string {
  return src.startsWith('https:') ? src : `/_next/image?url=${encodeURIComponent(src)}&w=640&q=60`;
}

export async function liteTime(ms: number, locale: Locale, withTime = false, now = Date.now()): Promise<LiteTimeData> {
  return {
    iso: new Date(ms).toISOString(),
    label: await timeLabel(ms, locale, { withTime, now }),
    full: formatDateTime(ms, locale),
    hijri: localeConfig[locale].secondCalendar ? formatHijri(ms, locale) : undefined,
  };
}

export async function liteItems(articles: Article[], locale: Locale, withSummary = false): Promise<LiteItem[]> {
  return Promise.all(
    articles.map(async (a) => ({
      id: a.id,
      href: liteArticle(a),
      title: a.title,
      time: await liteTime(a.published, locale),
      summary: withSummary ? a.summary : undefined,
    })),
  );
}

export async function liteFrame(
  locale: Locale,
  page: { title: string; fullPath: string; litePath: string; otherPath: string; current?: string },
): Promise<LiteFrame> {
  const [t, tSite, tNav] = await Promise.all([
    getTranslations({ locale, namespace: 'Lite' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Nav' }),
  ]);
  const to = otherLocale(locale);
  return {
    locale,
    dir: localeConfig[locale].dir,
    title: page.title,
    canonical: `${siteUrl()}${page.fullPath}`,
    fullHref: `${page.fullPath}${page.fullPath.includes('?') ? '&' : '?'}${FULL_PARAM}=1`,
    other: { href: page.otherPath, label: tNav('switchLanguage'), aria: tNav('switchLanguageLabel'), lang: to, dir: localeConfig[to].dir },
    home: liteHome(locale),
    sections: getStore()
      .sections()
      .map((s) => ({ href: liteSection(locale, s.id), name: s.name[locale], current: s.id === page.current })),
    back: page.litePath,
    labels: {
      site: tSite('name'),
      edition: t('edition'),
      skip: tSite('skipToContent'),
      sections: tNav('sections'),
      fullVersion: t('fullVersion'),
      prefTitle: t('prefTitle'),
      alwaysLite: t('alwaysLite'),
      preferFull: t('preferFull'),
      prefNote: t('prefNote'),
    },
  };
}
