// How a lite page leaves the server: HTML, never indexed (the full page is), cached like any
// page by its route's `revalidate`.
import { toString, type Html } from './html';

export function liteResponse(page: Html, status = 200): Response {
  return new Response(toString(page), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' },
  });
}
