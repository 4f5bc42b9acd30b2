import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import en from '../messages/en.json';
import { demoStore, expectAxeClean, expectFrame, reader } from './fixtures';

async function allIds(request: APIRequestContext, q: string, locale: 'ar' | 'en'): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await request.get(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&page=${page}`);
    expect(res.status()).toBe(200);
    const json = await res.json();
    ids.push(...json.items.map((c: { id: string }) => c.id));
    if (page >= json.pages) return ids;
  }
}

/** An Arabic story and a word of its title that carries the article prefix ال. */
function arabicTarget() {
  for (const a of demoStore().all({ locale: 'ar' }, reader)) {
    const word = a.title.split(/\s+/).find((w) => /^ال[\u0621-\u064A]{4,}$/.test(w));
    if (word) return { a, word, bare: word.slice(2) };
  }
  throw new Error('no Arabic title word with ال');
}

test('Arabic search finds a word typed without its article, and marks it', async ({ page, request }) => {
  const { a, bare } = arabicTarget();
  expect(await allIds(request, bare, 'ar')).toContain(a.id);
  await page.goto(`/ar/search?q=${encodeURIComponent(bare)}`);
  await expectFrame(page, 'ar');
  await expect(page.getByTestId('search-results').locator('mark').first()).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectAxeClean(page);
});

test('Arabic search ignores diacritics and tatweel in the query', async ({ request }) => {
  const { a, bare } = arabicTarget();
  const decorated = bare.split('').join('\u064E').replace(/^(.)/, '$1\u0640');
  expect(await allIds(request, decorated, 'ar')).toContain(a.id);
});

test('English search is case-insensitive and stems plurals', async ({ page, request }) => {
  const store = demoStore();
  const a = store.all({ locale: 'en' }, reader).find((x) => x.title.split(/\s+/).some((w) => /^[a-z]{5,}s$/i.test(w)))!;
  const plural = a.title.split(/\s+/).find((w) => /^[a-z]{5,}s$/i.test(w))!;
  const singular = plural.slice(0, -1).toUpperCase();
  expect(await allIds(request, singular, 'en')).toContain(a.id);
  await page.goto(`/en/search?q=${encodeURIComponent(singular)}`);
  await expect(page.getByTestId('search-count')).toBeVisible();
  await expectAxeClean(page);
});

test('empty, too long and fruitless searches each get a proper page', async ({ page }) => {
  for (const [q, text] of [
    ['', 'اكتب كلمة أو أكثر'],
    ['ب'.repeat(201), '200'],
    ['كلمةغيرموجودةإطلاقا', 'لا توجد نتائج'],
  ] as const) {
    const res = await page.goto(`/ar/search?q=${encodeURIComponent(q)}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId('search-results')).toContainText(text);
  }
});

test('the search API answers bad input with 400', async ({ request }) => {
  expect((await request.get('/api/search?q=x&locale=fr')).status()).toBe(400);
  expect((await request.get('/api/search?q=x&locale=ar&page=0')).status()).toBe(400);
  expect((await request.get(`/api/search?q=${'x'.repeat(201)}&locale=en`)).status()).toBe(400);
});

test('drafts and scheduled stories are never found by readers', async ({ request }) => {
  for (const a of demoStore().unpublished()) {
    const word = a.title.split(/\s+/).sort((x, y) => y.length - x.length)[0]!;
    expect(await allIds(request, word, a.locale), a.id).not.toContain(a.id);
  }
});

test.describe('paging through results', () => {
  const q = 'the';
  async function expected(request: APIRequestContext, page: number): Promise<string[]> {
    const json = await (await request.get(`/api/search?q=${q}&locale=en&page=${page}`)).json();
    expect(json.pages, 'the demo store has two pages of results').toBeGreaterThanOrEqual(2);
    return json.items.map((c: { id: string }) => c.id);
  }
  const shown = (page: Page) =>
    page.getByTestId('search-results').locator('li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

  for (const javaScriptEnabled of [true, false]) {
    test(`next and previous keep the query (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, request }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/en/search?q=${q}`);
      expect(await shown(page)).toEqual(await expected(request, 1));
      await page.getByTestId('search-next').click();
      await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${q}&page=2$`));
      expect(await shown(page)).toEqual(await expected(request, 2));
      await page.getByRole('link', { name: en.Search.previous }).click();
      await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${q}$`));
      expect(await shown(page)).toEqual(await expected(request, 1));
      await context.close();
    });
  }

  test('page=2 is a page and page=1 keeps the query', async ({ request }) => {
    const two = await request.get(`/en/search?q=${q}&page=2`);
    expect(two.status()).toBe(200);
    const one = await request.get(`/en/search?q=${q}&page=1`, { maxRedirects: 0 });
    expect(one.status()).toBe(200);
    expect(await one.text()).toContain(`value="${q}"`);
  });
});
