// The lite edition's "page not found", for the addresses proxy.ts finds name nothing
// (lib/http/known-path.ts). Rendered afresh each time and never cached, so that made-up
// addresses leave nothing on disk; reached only through the proxy's rewrite.
import { LiteNotFoundPage } from '@/components/lite/LiteNotFoundPage';
import { isLocale } from '@/i18n/locales';
import { PRIVATE_NO_STORE } from '@/lib/http/cache';
import { loadLiteNotFound } from '@/lib/loaders/lite/not-found';
import { liteResponse } from '@/lib/lite/response';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/lite-not-found/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const res = liteResponse(LiteNotFoundPage(await loadLiteNotFound(locale)), 404);
  res.headers.set('Cache-Control', PRIVATE_NO_STORE);
  return res;
}
