// The page an ended share link answers (expired, revoked, forged, altered, a changed
// PREVIEW_SECRET, a deleted story): 410, never stored, never indexed. Reached through the
// rewrite in proxy.ts (lib/preview/share/proxy-share.ts).
import { ShareEndedPage } from '@/components/preview/ShareEndedPage';
import { isLocale } from '@/i18n/locales';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { toString } from '@/lib/lite/html';
import { loadShareEnded } from '@/lib/loaders/share-ended';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/share-ended/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return new Response(toString(ShareEndedPage(await loadShareEnded(locale))), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE, 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' },
  });
}
