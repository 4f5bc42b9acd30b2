// A story in the lite edition. Built on its first request, then cached like the full page.
import { LiteArticlePage } from '@/components/lite/LiteArticlePage';
import { LiteNotFoundPage } from '@/components/lite/LiteNotFoundPage';
import { isLocale } from '@/i18n/locales';
import { loadLiteArticle } from '@/lib/loaders/lite/article';
import { loadLiteNotFound } from '@/lib/loaders/lite/not-found';
import { liteResponse } from '@/lib/lite/response';

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/[section]/[id]'>) {
  const { locale, section, id } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const result = await loadLiteArticle(locale, section, id);
  if (result.kind === 'missing') return liteResponse(LiteNotFoundPage(await loadLiteNotFound(locale)), 404);
  if (result.kind === 'moved') return new Response(null, { status: 308, headers: { Location: result.to } });
  return liteResponse(LiteArticlePage({ data: result.data }));
}
