// Later pages of a section in the lite edition. Readers ask for /{locale}/lite/{section}?page=N;
// proxy.ts rewrites that here so these pages are cached like the others.
import { LiteNotFoundPage } from '@/components/lite/LiteNotFoundPage';
import { LiteSectionPage } from '@/components/lite/LiteSectionPage';
import { isLocale } from '@/i18n/locales';
import { parsePage } from '@/lib/http/page-param';
import { loadLiteNotFound } from '@/lib/loaders/lite/not-found';
import { loadLiteSection } from '@/lib/loaders/lite/section';
import { liteResponse } from '@/lib/lite/response';

export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/[section]/P/[page]'>) {
  const { locale, section, page: raw } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const page = parsePage(raw);
  const data = page !== null && page >= 2 ? await loadLiteSection(locale, section, page) : undefined;
  return data ? liteResponse(LiteSectionPage({ data })) : liteResponse(LiteNotFoundPage(await loadLiteNotFound(locale)), 404);
}
