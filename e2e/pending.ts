import type { Page } from '@playwright/test';

/**
 * What a page is still waiting for: every request it made that has neither finished nor
 * failed, with how long it has waited. For a load that never ends (layout-shift.spec's
 * slowed `goto` has timed out, rarely, with no clue which request held `load`).
 */
export function trackPending(page: Page): () => string[] {
  const open = new Map<object, { url: string; type: string; at: number }>();
  page.on('request', (r) => open.set(r, { url: r.url(), type: r.resourceType(), at: Date.now() }));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  return () => [...open.values()].map((r) => `${r.type} ${r.url} (${Math.round((Date.now() - r.at) / 1000)} s)`);
}
