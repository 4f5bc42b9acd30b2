// How a lite page leaves the server: HTML, never indexed (the full page is), cached like
// any page by the route's `revalidate`.
import { getTranslations } from 'next-intl/server';
import { LiteNotFoundPage } from '@/components/lite/LiteNotFoundPage';
import { otherLocale, type Locale } from '@/i18n/locales';
import { toString, type Html } from './html';
import { liteFrame, liteHome } from './frame';

export function liteResponse(page: Html, status = 200): Response {
  return new Response(toString(page), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' },
  });
}

export async function liteNotFound(locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const frame = await liteFrame(locale, { title: t('title'), fullPath: `/${locale}`, litePath: liteHome(locale), otherPath: liteHome(otherLocale(locale)) });
  return liteResponse(LiteNotFoundPage({ frame: { ...frame, canonical: '' }, title: t('title'), body: t('body'), home: t('home') }), 404);
}
