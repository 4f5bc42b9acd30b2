import { expect, test } from '@playwright/test';
import { articleUrl, richArticle } from './fixtures';

test('the theme follows the system, can be switched, and is remembered before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await bg();
  expect(dark).not.toBe(light);
  // Auto → Light → Dark
  await page.getByTestId('theme-toggle').click();
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(dark);
  // On the next page the choice is applied by the inline script, before any React code runs.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
  await page.goto('/ar');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(dark);
});

test('the text size of the article body can be changed and is remembered', async ({ page }) => {
  const a = richArticle('ar');
  await page.goto(articleUrl(a));
  const size = () => page.getByTestId('article-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByTestId('text-size').getByRole('button').nth(2).click();
  await expect.poll(size).toBeGreaterThan(before);
  const larger = await size();
  await page.reload();
  expect(await size()).toBe(larger);
});

test('sharing falls back to WhatsApp, X, Facebook and copy-link without a share sheet', async ({ page, context }) => {
  const a = richArticle('en');
  await page.addInitScript(() => {
    // Headless Chromium may expose navigator.share; take it away to see the fallback.
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(articleUrl(a));
  await expect(page.getByTestId('share-whatsapp')).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
  await expect(page.getByTestId('share-x')).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?/);
  await expect(page.getByTestId('share-facebook')).toHaveAttribute('href', new RegExp(`facebook\\.com/sharer/sharer\\.php\\?u=.*${encodeURIComponent(articleUrl(a))}$`));
  await page.getByTestId('share-copy').click();
  await expect(page.getByTestId('share').getByRole('status')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(articleUrl(a));
});

test('with a share sheet, one Share button opens it', async ({ page }) => {
  const a = richArticle('en');
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto(articleUrl(a));
  await page.getByTestId('share-native').click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
  expect(shared[0]!.title).toBe(a.title);
  expect(shared[0]!.url).toContain(articleUrl(a));
});
