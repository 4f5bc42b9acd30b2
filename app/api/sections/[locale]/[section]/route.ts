// JSON for "load more": one page of a section feed as cards.
import { NextResponse } from 'next/server';
import { isLocale } from '@/i18n/locales';
import { toCards } from '@/lib/content/cards';
import { getStore } from '@/lib/content/store';
import { SECTION_PAGE_SIZE, parsePage } from '@/lib/http/page-param';
import { jsonError } from '@/lib/http/responses';
import { previewActive } from '@/lib/preview/session';

export async function GET(request: Request, { params }: RouteContext<'/api/sections/[locale]/[section]'>) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !getStore().section(section)) return jsonError(404, 'unknown locale or section');
  const raw = new URL(request.url).searchParams.get('page') ?? '1';
  const page = parsePage(raw);
  if (page === null) return jsonError(400, 'page must be a positive whole number');
  const preview = await previewActive();
  const now = Date.now();
  const result = getStore().sectionPage(locale, section, page, SECTION_PAGE_SIZE, { preview, now });
  if (page > result.pages) return jsonError(404, 'no such page');
  return NextResponse.json(
    { items: await toCards(result.items, locale, now), page, pages: result.pages, total: result.total },
    { headers: { 'Cache-Control': preview ? 'private, no-store' : 'public, max-age=0, s-maxage=30, stale-while-revalidate=300' } },
  );
}
