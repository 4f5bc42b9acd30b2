// A page the proxy answers itself, before anything renders (503 in an outage, 429 past the
// search limit): plain HTML in the reader's language, no script, never stored or indexed.
import { NextResponse } from 'next/server';
import type { Locale } from '@/i18n/locales';
import { localeConfig } from '@/i18n/locales';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { NO_STORE } from './cache';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const common = { ar: { site: ar.Site.name, home: ar.Error.home }, en: { site: en.Site.name, home: en.Error.home } };

export function shortPage(locale: Locale, status: number, page: { title: string; body: string; testId: string }, retryAfterS: number): NextResponse {
  const { site, home } = common[locale];
  const html = `<!doctype html>
<html lang="${locale}" dir="${localeConfig[locale].dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(page.title)} | ${esc(site)}</title>
<style>:root{color-scheme:light dark}body{margin:0;font:1.125rem/1.7 system-ui,sans-serif}main{max-width:40rem;margin:0 auto;padding:4rem 1rem}h1{font-size:1.875rem;margin:0 0 .75rem}a{display:inline-flex;min-height:2.75rem;align-items:center;font-weight:700}</style>
</head><body><main id="main" data-testid="${page.testId}"><h1>${esc(page.title)}</h1><p>${esc(page.body)}</p><a href="/${locale}">${esc(home)}</a></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE, 'Retry-After': String(retryAfterS), 'X-Robots-Tag': 'noindex' },
  });
}
