// Page 1 of a section in the lite edition; ?page=N is rewritten by proxy.ts to ./P/[page].
import { LiteSectionPage } from '@/components/lite/LiteSectionPage';
import { isLocale, locales } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { loadLiteSection } from '@/lib/lite/load-section';
import { liteNotFound, liteResponse } from '@/lib/lite/response';

export const revalidate = 30;

export function generateStaticParams() {
  return getStore()
    .sections()
    .flatMap((s) => locales.map((locale) => ({ locale, section: s.id })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/[section]'>) {
  const { locale, section } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const data = await loadLiteSection(locale, section, 1);
  return data ? liteResponse(LiteSectionPage({ data })) : liteNotFound(locale);
}
