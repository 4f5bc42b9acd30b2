// JSON for "load more": one page of a section feed as cards.
import { NextResponse } from 'next/server';
import { isLocale } from '@/i18n/locales';
import { toCards } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import { cacheControl } from '@/lib/http/cache';
import { SECTION_PAGE_SIZE, parsePage } from '@/lib/http/page-param';
import { jsonError, unavailable } from '@/lib/http/responses';
import { loadSections } from '@/lib/loaders/shared';
import { requestVisibility } from '@/lib/loaders/visibility';

export async function GET(request: Request, context: RouteContext<'/api/sections/[locale]/[section]'>) {
  return answer(request, context).catch(unavailable);
}

async function answer(request: Request, { params }: RouteContext<'/api/sections/[locale]/[section]'>) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !(await loadSections()).some((s) => s.id === section)) return jsonError(404, 'unknown locale or section');
  const page = parsePage(new URL(request.url).searchParams.get('page') ?? '1');
  if (page === null) return jsonError(400, 'page must be a positive whole number');
  const vis = await requestVisibility();
  const result = await getContentSource().page({ locale, section }, page, SECTION_PAGE_SIZE, vis);
  if (page > result.pages) return jsonError(404, 'no such page');
  return NextResponse.json(
    { items: await toCards(result.items, locale, vis.now), page, pages: result.pages, total: result.total },
    { headers: { 'Cache-Control': cacheControl(vis.preview) } },
  );
}
