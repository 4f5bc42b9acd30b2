import { expect, test } from '@playwright/test';
import { FileStore } from '../lib/content/files/store';
import { e2e } from '../playwright.config';
import { BIG_DIR, demoStore, expectAxeClean, expectFrame, expectNoOverflow, reader } from './fixtures';

const PAGE = 20;

for (const locale of ['ar', 'en'] as const) {
  test(`section feed: its name, axe, 320 px (${locale})`, async ({ page }) => {
    const store = demoStore();
    const section = store.sections()[0]!;
    await page.goto(`/${locale}/${section.id}`);
    await expectFrame(page, locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name[locale]);
    // Which stories, in which order: e2e/lists.spec.ts, on the fixture store.
    await expect(page.getByTestId('feed').locator('> li').first()).toBeVisible();
    await expectAxeClean(page);
    await page.setViewportSize({ width: 320, height: 700 });
    await expectNoOverflow(page);
  });
}

test.describe('paging through a large section', () => {
  const big = new FileStore(BIG_DIR);
  test.beforeAll(() => {
    big.load();
  });
  const sectionWithPages = () => {
    const s = big.sections().find((s) => big.page({ locale: 'ar', section: s.id }, 1, PAGE, reader).pages >= 3);
    if (!s) throw new Error('the generated store has no section with 3 pages');
    return s;
  };

  test('?page=N works without JavaScript, with next and previous links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const s = sectionWithPages();
    await page.goto(`${e2e.big}/ar/${s.id}?page=2`);
    const ids = await page.getByTestId('feed').locator('> li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(big.page({ locale: 'ar', section: s.id }, 2, PAGE, reader).items.map((a) => a.id));
    await page.getByTestId('next-page').click();
    await expect(page).toHaveURL(new RegExp(`/ar/${s.id}\\?page=3$`));
    const ids3 = await page.getByTestId('feed').locator('> li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids3).toEqual(big.page({ locale: 'ar', section: s.id }, 3, PAGE, reader).items.map((a) => a.id));
    await page.getByRole('link', { name: 'الصفحة السابقة' }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/${s.id}\\?page=2$`));
    await context.close();
  });

  test('"load more" appends the next page in place', async ({ page }) => {
    const s = sectionWithPages();
    await page.goto(`${e2e.big}/ar/${s.id}?page=2`);
    await page.getByTestId('load-more').click();
    const more = page.getByTestId('feed-more').locator('> li');
    const expected = big.page({ locale: 'ar', section: s.id }, 3, PAGE, reader).items.map((a) => a.id);
    await expect(more).toHaveCount(expected.length);
    expect(await more.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected);
    await expect(page).toHaveURL(new RegExp(`\\?page=2$`));
    await expect(page.getByRole('status').filter({ hasText: String(expected.length) })).toHaveCount(1);
  });

  test('a page past the end, or not a number, is the 404 page', async ({ request }) => {
    const s = sectionWithPages();
    const pages = big.page({ locale: 'ar', section: s.id }, 1, PAGE, reader).pages;
    for (const q of [String(pages + 1), 'abc', '0', '-1', '2.5', '1e3']) {
      const res = await request.get(`${e2e.big}/ar/${s.id}?page=${q}`);
      expect(res.status(), q).toBe(404);
    }
  });

  test('the load-more API answers bad input with 4xx and JSON', async ({ request }) => {
    const s = sectionWithPages();
    expect((await request.get(`${e2e.big}/api/sections/ar/${s.id}?page=abc`)).status()).toBe(400);
    expect((await request.get(`${e2e.big}/api/sections/ar/${s.id}?page=999`)).status()).toBe(404);
    expect((await request.get(`${e2e.big}/api/sections/xx/${s.id}?page=1`)).status()).toBe(404);
    const ok = await request.get(`${e2e.big}/api/sections/ar/${s.id}?page=2`);
    const json = await ok.json();
    expect(json.items.map((c: { id: string }) => c.id)).toEqual(big.page({ locale: 'ar', section: s.id }, 2, PAGE, reader).items.map((a) => a.id));
  });
});
