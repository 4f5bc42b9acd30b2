// The lite front page: no script, no web font, no image (see components/lite).
import { LiteHomePage } from '@/components/lite/LiteHomePage';
import { isLocale, locales } from '@/i18n/locales';
import { loadLiteHome } from '@/lib/loaders/lite/home';
import { liteResponse } from '@/lib/lite/response';

export const revalidate = 30;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return liteResponse(LiteHomePage({ data: await loadLiteHome(locale) }));
}
