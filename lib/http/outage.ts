// What proxy.ts answers when the content database cannot tell it whether a path names a
// page. Next 16 serves a page that throws while rendering with its error page and status
// 500, whatever the error (app-render); only the proxy can still answer 503. But the proxy
// runs before Next's page cache, so it cannot ask that cache whether a copy is there.
// It remembers instead which paths it let through (this process rendered or served them,
// so their copies are in its page cache): during an outage those go on to the cache, and
// any other path is answered 503 with Retry-After and a short page in its language.
import { NextResponse } from 'next/server';
import type { Locale } from '@/i18n/locales';
import { maxPages } from '@/lib/cache/page-cache-limit.cjs';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { shortPage } from './short-page';
import { APP_SEGMENTS } from '@/lib/routes';
import { isSlug, type PathQuery } from './known-path';
import { parsePage } from './page-param';

/**
 * Enough for every section page and the stories readers open in a day (~100 bytes each), and
 * no more than the page cache keeps on disk: a path remembered must still have its copy.
 */
const MAX_PATHS = Math.min(50_000, maxPages());
/** Seconds a client (and the edge) should wait before asking again. */
export const RETRY_AFTER_S = 30;

const KEY = Symbol.for('sahifa.servedPaths');
const served = (): Map<string, true> => ((globalThis as { [KEY]?: Map<string, true> })[KEY] ??= new Map());

/** No page of the site has a key near this long (ids are at most 120 characters): longer ones are never kept. */
export const MAX_KEY_LENGTH = 300;

/**
 * The page a request reads, as the page cache holds it: the path, plus only the parameters
 * that page takes (a section's page number, normalised; an article's side-by-side view).
 * Any other parameter, `/ar?page=<8 KB>` say, names the same copy as the path alone.
 */
export function pathKey(pathname: string, query: Pick<PathQuery, 'page' | 'view'>): string {
  const segments = pathname.split('/').filter(Boolean);
  const path = `/${segments.join('/')}`;
  const section = (segments.length === 2 && isSlug(segments[1]!) && !(APP_SEGMENTS as readonly string[]).includes(segments[1]!)) || (segments.length === 3 && segments[1] === 'lite');
  // A page number that is not one is a 404: its key is never remembered, so never served in an outage.
  if (section && query.page !== null) return `${path}?page=${parsePage(query.page) ?? 'none'}`;
  if (segments.length === 3 && segments[1] !== 'lite' && query.view === 'both') return `${path}/both`;
  return path;
}

/** A path the proxy let through to a cacheable page; the oldest is forgotten past MAX_PATHS. */
export function rememberServed(key: string, max = MAX_PATHS): void {
  if (key.length > MAX_KEY_LENGTH) return;
  const paths = served();
  paths.delete(key);
  paths.set(key, true);
  while (paths.size > max) paths.delete(paths.keys().next().value!);
}

/**
 * Whether the page cache should hold `key`: this process served it. Not the pages the build
 * made: lib/cache/site-cache-handler.cjs counts those as missing (they carry no SITE_URL
 * stamp), so each is rendered at its first request.
 */
export const wasServed = (key: string): boolean => served().has(key);

/** How many paths are remembered, and their characters (the flood tests' budget). */
export function servedSize(): { paths: number; chars: number } {
  let chars = 0;
  for (const key of served().keys()) chars += key.length;
  return { paths: served().size, chars };
}

const text = { ar, en };

/** 503: the database is away and this page has no copy here. Never stored, never indexed. */
export function unavailablePage(locale: Locale): NextResponse {
  const t = text[locale].Error;
  return shortPage(locale, 503, { title: t.title, body: t.body, testId: 'unavailable-page' }, RETRY_AFTER_S);
}
