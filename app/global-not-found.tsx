import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BilingualNotFound } from '@/components/chrome/BilingualNotFound';
import { NotFoundView } from '@/components/chrome/NotFoundView';
import { PageFrame } from '@/components/chrome/PageFrame';
import { SiteFooter } from '@/components/chrome/SiteFooter';
import { preloadFaces } from '@/lib/fonts';
import { notFoundLocale } from '@/lib/http/not-found';
import { loadSections, navOf } from '@/lib/loaders/shared';
import { BOTH_LANGUAGES } from '@/lib/not-found-text';
import './globals.css';

/**
 * Every 404. proxy.ts sends an address that names nothing here, with its language when
 * it has one: then the page is that language's, in the site's frame. Outside any language
 * (an unknown locale or path) it says it in both, with a way home.
 */
export default async function GlobalNotFound() {
  const locale = notFoundLocale(await headers());
  if (!locale) return <BilingualNotFound versions={BOTH_LANGUAGES} />;
  setRequestLocale(locale);
  preloadFaces(locale);
  const [t, tSite, sections] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), getTranslations({ locale, namespace: 'Site' }), loadSections()]);
  const nav = navOf(sections, locale);
  return (
    <PageFrame locale={locale} skipLabel={tSite('skipToContent')}>
      <title>{`${t('title')} | ${tSite('name')}`}</title>
      <NotFoundView locale={locale} nav={nav} text={{ title: t('title'), body: t('body'), home: t('home') }} />
      <SiteFooter locale={locale} nav={nav} />
    </PageFrame>
  );
}
