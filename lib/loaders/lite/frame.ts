// What every lite page shares (masthead, section menu, language switch, "full version", the
// reader's preference), and the small pieces the lite loaders build their lists from. The
// lite edition shows what readers see, in preview too: it has no preview of its own.
import { getTranslations } from 'next-intl/server';
import { localeConfig, otherLocale, type Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import type { ArticleSummary, Section } from '@/lib/content/types';
import { formatDateTime, formatHijri } from '@/lib/format/dates';
import { timeLabel } from '@/lib/format/time-label';
import type { LiteFrame, LiteItem, LiteTimeData } from '@/lib/lite/types';
import { absoluteUrl, sectionPath, storyPath } from '@/lib/paths';
import { FULL_PARAM } from '@/lib/routes';

export const liteHome = (locale: Locale) => localePath(locale, '/lite');
export const liteSection = (locale: Locale, section: string) => localePath(locale, `/lite${sectionPath(section)}`);
export const liteStory = (a: Pick<ArticleSummary, 'locale' | 'section' | 'id'>) => localePath(a.locale, `/lite${storyPath(a)}`);

/** A picture as a link, not a download: a 640 px copy from the optimiser (a remote file as it is). */
export function pictureHref(src: string): string {
  return src.startsWith('https:') ? src : `/_next/image?url=${encodeURIComponent(src)}&w=640&q=60`;
}

export async function liteTime(ms: number, locale: Locale, now: number, withTime = false): Promise<LiteTimeData> {
  return {
    iso: new Date(ms).toISOString(),
    label: await timeLabel(ms, locale, { withTime, now }),
    full: formatDateTime(ms, locale),
    hijri: localeConfig[locale].secondCalendar ? formatHijri(ms, locale) : undefined,
  };
}

export async function liteItems(stories: ArticleSummary[], locale: Locale, now: number, withSummary = false): Promise<LiteItem[]> {
  return Promise.all(
    stories.map(async (a) => ({ id: a.id, href: liteStory(a), title: a.title, time: await liteTime(a.published, locale, now), summary: withSummary ? a.summary : undefined })),
  );
}

export async function liteFrame(
  locale: Locale,
  sections: readonly Section[],
  page: { title: string; fullPath: string; litePath: string; otherPath: string; current?: string; canonical?: boolean },
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
    canonical: page.canonical === false ? '' : absoluteUrl(page.fullPath),
    fullHref: `${page.fullPath}${page.fullPath.includes('?') ? '&' : '?'}${FULL_PARAM}=1`,
    other: { href: page.otherPath, label: tNav('switchLanguage'), aria: tNav('switchLanguageLabel'), lang: to, dir: localeConfig[to].dir },
    home: liteHome(locale),
    sections: sections.map((s) => ({ href: liteSection(locale, s.id), name: s.name[locale], current: s.id === page.current })),
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
