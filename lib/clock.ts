/**
 * The time of this render. Server components render once per request (or per
 * revalidation), so reading the clock there is what the page means by "now".
 */
export function renderTime(): number {
  return Date.now();
}
