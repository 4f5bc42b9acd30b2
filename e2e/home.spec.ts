// Which stories the home page lists, in which order, is checked on the fixture store with the
// answer written by hand (e2e/lists.spec.ts); here, the demo's home as readers see it.
import { expect, test } from '@playwright/test';
import { expectNoOverflow } from './fixtures';

for (const locale of ['ar', 'en'] as const) {
  test(`home shows the lead, the newest, a block per section, latest and most read (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('main [data-testid="story-card"]').first()).toBeVisible();
    await expect(page.locator('[data-testid="section-block"]').first()).toBeVisible();
    await expect(page.getByTestId('latest').locator('li[data-id]')).toHaveCount(8);
    await expect(page.getByTestId('most-read').locator('li')).toHaveCount(6);
    await expectNoOverflow(page);
  });
}
