import { expect, test } from '@playwright/test';
import { ARABIC_FONT_FILES } from '../lib/arabic-font';
import { demoStore, expectAxeClean, expectFrame, expectNoOverflow } from './fixtures';

for (const locale of ['ar', 'en'] as const) {
  test.describe(`frame (${locale})`, () => {
    test('sets lang and dir and shows the section menu from the store', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectFrame(page, locale);
      const nav = page.getByRole('navigation', { name: locale === 'ar' ? 'الأقسام' : 'Sections' });
      for (const s of demoStore().sections()) await expect(nav.getByRole('link', { name: s.name[locale], exact: true })).toHaveAttribute('href', `/${locale}/${s.id}`);
      await expect(page.locator('footer')).toBeVisible();
      await expect(page.getByRole('search')).toBeVisible();
    });

    test('fits a 320 px screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`/${locale}`);
      await expectNoOverflow(page);
    });

    test('has a visible keyboard focus', async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      await expect(skip).toHaveAttribute('href', '#main');
      await expect(skip).toBeVisible();
      await page.keyboard.press('Tab');
      const outline = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
    });

    test('home passes axe', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectAxeClean(page);
    });

    test('not found page is localized, with a way home, and passes axe', async ({ page }) => {
      const res = await page.goto(`/${locale}/news/no-such-story`);
      expect(res?.status()).toBe(404);
      await expectFrame(page, locale);
      await expect(page.getByTestId('not-found').getByRole('link')).toHaveAttribute('href', `/${locale}`);
      await expectAxeClean(page);
    });
  });
}

test('switches language from home to home', async ({ page }) => {
  await page.goto('/ar');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en$/);
  await expectFrame(page, 'en');
});

test('/ goes to Arabic first, then to the language the reader chose', async ({ page, context }) => {
  await context.clearCookies();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ar$/);
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en$/);
  await expectFrame(page, 'en');
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test('an unknown locale is a 404, not an error', async ({ request }) => {
  for (const path of ['/fr', '/fr/news', '/xx/news/some-story']) expect((await request.get(path)).status(), path).toBe(404);
});

test('reader pages are cacheable by a CDN', async ({ request }) => {
  const res = await request.get('/en');
  expect(res.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(res.headers()['cache-control']).toMatch(/stale-while-revalidate/);
});

test('Arabic pages preload both weights of the Arabic face; English pages do not', async ({ request }) => {
  // font-display: optional uses a face only if it is there in time: both weights are asked
  // for at once, or first visits would set headlines in the fallback.
  const [ar, en] = await Promise.all(['/ar', '/en'].map(async (p) => (await request.get(p)).text()));
  for (const file of Object.values(ARABIC_FONT_FILES)) {
    const preload = new RegExp(`<link rel="preload" href="${file.replace(/\./g, '\\.')}" as="font"`);
    expect(ar).toMatch(preload);
    expect(en).not.toMatch(preload);
    const font = await request.get(file);
    expect(font.status()).toBe(200);
    expect(font.headers()['cache-control']).toContain('immutable');
  }
});
