// Shared helpers for the end-to-end tests: the store the server reads (to check pages
// against it, never against hard-coded text), axe, and layout checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { FileStore } from '../lib/content/files/store';
import { pickIds, type Article } from '../lib/content/types';

export const DEMO_DIR = path.resolve('.e2e/demo/content');
export const BIG_DIR = path.resolve('.e2e/big/content');
/** The main servers' preview secret (scripts/e2e-server.ts): 32+ characters. */
export const PREVIEW_SECRET = process.env.PREVIEW_SECRET || 'e2e-preview-secret-0123456789abcdef';
/** Readers, at the moment of asking. */
export const reader = { preview: false, get now() { return Date.now(); } };

let demo: FileStore | undefined;
/** The demo server's store, as loaded from its copy on disk. */
export function demoStore(): FileStore {
  demo ??= new FileStore(DEMO_DIR).load();
  return demo;
}

export function articleUrl(a: Article): string {
  return `/${a.locale}/${a.section}/${a.id}`;
}

/** A visible story that has everything: picks, a source, tags and a translation. */
export function richArticle(locale: 'ar' | 'en'): Article {
  const s = demoStore();
  const a = s.all({ locale }, reader).find((x) => x.source && s.articles(pickIds(x), reader).length > 0 && x.tags?.length && s.translation(x, reader) && x.image);
  if (!a) throw new Error(`the demo store has no rich ${locale} story`);
  return a;
}

/** The story with the longest body in a language: the one a byte budget must hold for. */
export function heaviestArticle(locale: 'ar' | 'en'): Article {
  return [...demoStore().all({ locale }, reader)].sort((x, y) => JSON.stringify(y.body).length - JSON.stringify(x.body).length)[0]!;
}

export async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Nothing scrolls sideways: the page is no wider than the viewport. */
export async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(client);
}

export async function expectFrame(page: Page, locale: 'ar' | 'en') {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
}

/** Waits until React has hydrated `el` (its props are attached): links then act as the client's. */
export async function expectHydrated(el: Locator) {
  await expect.poll(() => el.evaluate((node) => Object.keys(node).some((k) => k.startsWith('__reactProps$')))).toBe(true);
}

/**
 * Waits for what the page schedules after a scroll or a hover to run: two frames (an
 * IntersectionObserver reports after layout) and then the browser's next idle time, where
 * Next queues its prefetches. Any request they made has been sent by then.
 */
export async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => setTimeout(resolve, 0), { timeout: 5_000 }))),
      ),
  );
}
