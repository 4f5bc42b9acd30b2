// JSON search: /api/search?q=…&locale=ar|en[&page=N]. Bad input is a 400 with a reason; past
// SEARCH_RATE_PER_MINUTE searches from one reader address, a 429 with Retry-After.
import { NextResponse } from 'next/server';
import { isLocale } from '@/i18n/locales';
import { toCards } from '@/lib/cards';
import { getContentSource } from '@/lib/content/instance';
import { cacheControl } from '@/lib/http/cache';
import { parsePage } from '@/lib/http/page-param';
import { jsonError, unavailable } from '@/lib/http/responses';
import { requestVisibility } from '@/lib/loaders/visibility';
import { queryProblem } from '@/lib/search';
import { searchRefused } from '@/lib/search/rate';

export async function GET(request: Request) {
  return answer(request).catch(unavailable);
}

async function answer(request: Request) {
  const params = new URL(request.url).searchParams;
  const locale = params.get('locale') ?? 'ar';
  if (!isLocale(locale)) return jsonError(400, 'locale must be "ar" or "en"');
  const page = parsePage(params.get('page') ?? '1');
  if (page === null) return jsonError(400, 'page must be a positive whole number');
  const q = (params.get('q') ?? '').trim();
  const problem = queryProblem(q);
  if (problem === 'too-long') return jsonError(400, 'q is too long');
  const vis = await requestVisibility();
  const headers = { 'Cache-Control': cacheControl(vis.preview) };
  if (problem === 'empty') return NextResponse.json({ items: [], total: 0, page: 1, pages: 0, terms: [] }, { headers });
  const wait = searchRefused(request.headers);
  if (wait !== undefined) {
    const res = jsonError(429, 'too many searches');
    res.headers.set('Retry-After', String(wait));
    return res;
  }
  // Cards: the stories' summaries, no bodies read.
  const result = await getContentSource().searchSummaries({ text: q, locale, page }, vis);
  return NextResponse.json({ ...result, items: await toCards(result.items, locale, vis.now) }, { headers });
}
