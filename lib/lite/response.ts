// How a lite page leaves the server: HTML, never indexed (the full page is), cached like any
// page by its route's `revalidate`.
import { liteStyleHash } from '@/components/lite/lite-style';
import { noScriptPageCsp } from '@/lib/http/csp';
import { toString, type Html } from './html';

/** The headers of a page that runs no script (lite pages, the offline page): its CSP allows none. */
export const NO_SCRIPT_PAGE_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex', 'Content-Security-Policy': noScriptPageCsp(liteStyleHash) };

export function liteResponse(page: Html, status = 200): Response {
  return new Response(toString(page), {
    status,
    headers: NO_SCRIPT_PAGE_HEADERS,
  });
}
