// A share link's page as the request interceptor answers it, before anything renders:
// a live link goes on to the page (app/[locale]/shared) without the visitor's preview
// cookies, never stored, never indexed, sending no Referer; an ended one (expired,
// revoked, forged, altered, a changed secret, a deleted story) gets the ended page (410);
// a story published since leads to its page.
import { NextResponse, type NextRequest } from 'next/server';
import type { Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import { getContentSource } from '@/lib/content/instance';
import { isVisible, readers } from '@/lib/content/types';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { storyPath } from '@/lib/paths';
import { withoutPreviewCookies } from '@/lib/preview/proxy-session';
import { liveShare } from './links';
import { SHARE_ENDED, sharePath } from './paths';

const PRIVATE_HEADERS = { 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' };

function withHeaders(res: NextResponse): NextResponse {
  for (const [k, v] of Object.entries(PRIVATE_HEADERS)) res.headers.set(k, v);
  return res;
}

export async function sharedLink(request: NextRequest, locale: Locale, token: string): Promise<NextResponse> {
  const now = Date.now();
  const claim = await liveShare(token, now);
  const article = claim && (await getContentSource().article(claim.id, { preview: true, now }));
  if (!article) {
    const url = request.nextUrl.clone();
    url.pathname = `/${SHARE_ENDED}/${locale}`;
    url.search = '';
    return withHeaders(NextResponse.rewrite(url, { request: { headers: withoutPreviewCookies(request) } }));
  }
  const to = (path: string) => {
    const url = request.nextUrl.clone();
    url.pathname = path;
    url.search = '';
    return withHeaders(NextResponse.redirect(url, 307));
  };
  if (isVisible(article, readers(now))) return to(localePath(article.locale, storyPath(article)));
  if (article.locale !== locale) return to(sharePath(article.locale, token));
  return withHeaders(NextResponse.next({ request: { headers: withoutPreviewCookies(request) } }));
}
