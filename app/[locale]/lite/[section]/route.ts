// Page 1 of a section in the lite edition; ?page=N is rewritten by proxy.ts to ./P/[page].
import { LiteNotFoundPage } from '@/components/lite/LiteNotFoundPage';
import { LiteSectionPage } from '@/components/lite/LiteSectionPage';
import { isLocale, locales } from '@/i18n/locales';
import { loadLiteNotFound } from '@/lib/loaders/lite/not-found';
import { loadLiteSection } from '@/lib/loaders/lite/section';
import { loadSections } from '@/lib/loaders/shared';
import { liteResponse } from '@/lib/lite/response';

export const revalidate = 30;

export async function generateStaticParams() {
  return (await loadSections()).flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/[section]'>) {
  const { locale, section } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const data = await loadLiteSection(locale, section, 1);
  return data ? liteResponse(LiteSectionPage({ data })) : liteResponse(LiteNotFoundPage(await loadLiteNotFound(locale)), 404);
}
