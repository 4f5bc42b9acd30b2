// What proxy.ts answers when the content database cannot tell it whether a path names a
// page. Next 16 serves a page that throws while rendering with its error page and status
// 500, whatever the error (app-render); only the proxy can still answer 503. But the proxy
// runs before Next's page cache, so it cannot ask that cache whether a copy is there.
// It remembers instead which paths it let through (this process rendered or served them,
// so their copies are in its page cache): during an outage those go on to the cache, and
// any other path is answered 503 with Retry-After and a short page in its language.
import { NextResponse } from 'next/server';
import type { Locale } from '@/i18n/locales';
import { localeConfig } from '@/i18n/locales';
import { maxPages } from '@/lib/cache/page-cache-limit.cjs';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { NO_STORE } from './cache';
import type { PathQuery } from './known-path';

/**
 * Enough for every section page and the stories readers open in a day (~100 bytes each), and
 * no more than the page cache keeps on disk: a path remembered must still have its copy.
 */
const MAX_PATHS = Math.min(50_000, maxPages());
/** Seconds a client (and the edge) should wait before asking again. */
export const RETRY_AFTER_S = 30;

const KEY = Symbol.for('sahifa.servedPaths');
const served = (): Map<string, true> => ((globalThis as { [KEY]?: Map<string, true> })[KEY] ??= new Map());

/** The path and the parts of the query string that decide whether it is a page. */
export const pathKey = (pathname: string, query: Pick<PathQuery, 'page' | 'view'>): string => `${pathname}?page=${query.page ?? ''}&view=${query.view ?? ''}`;

/** A path the proxy let through to a cacheable page; the oldest is forgotten past MAX_PATHS. */
export function rememberServed(key: string, max = MAX_PATHS): void {
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

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const strings = (m: typeof ar) => Object.fromEntries(Object.entries({ ...m.Error, site: m.Site.name }).map(([k, v]) => [k, esc(v)])) as typeof ar.Error & { site: string };
const text: Record<Locale, ReturnType<typeof strings>> = { ar: strings(ar), en: strings(en) };

/** 503: the database is away and this page has no copy here. Never stored, never indexed. */
export function unavailablePage(locale: Locale): NextResponse {
  const t = text[locale];
  const html = `<!doctype html>
<html lang="${locale}" dir="${localeConfig[locale].dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t.title} | ${t.site}</title>
<style>:root{color-scheme:light dark}body{margin:0;font:1.125rem/1.7 system-ui,sans-serif}main{max-width:40rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.875rem;margin:0 0 .75rem}a{display:inline-flex;min-height:2.75rem;align-items:center;font-weight:700}</style>
</head><body><main id="main" data-testid="unavailable-page"><h1>${t.title}</h1><p>${t.body}</p><a href="/${locale}">${t.home}</a></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE, 'Retry-After': String(RETRY_AFTER_S), 'X-Robots-Tag': 'noindex' },
  });
}
