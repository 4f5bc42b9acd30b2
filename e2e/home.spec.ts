import { expect, test } from '@playwright/test';
import { demoStore, expectNoOverflow, reader } from './fixtures';

for (const locale of ['ar', 'en'] as const) {
  test(`home shows the lead, the newest, a block per section, latest and most read from the store (${locale})`, async ({ page }) => {
    const store = demoStore();
    const newest = store.latest({ locale: locale }, 13, reader);
    await page.goto(`/${locale}`);
    const ids = async (sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const cards = await ids('main [data-testid="story-card"]');
    expect(cards[0]).toBe(newest[0]!.id);
    expect(cards.slice(0, 13)).toEqual(newest.map((a) => a.id));
    for (const s of store.sections()) {
      const block = page.locator(`[data-testid="section-block"][data-section="${s.id}"]`);
      const expected = store.latest({ locale, section: s.id, exclude: newest.map((a) => a.id) }, 4, reader).map((a) => a.id);
      if (expected.length === 0) continue;
      await expect(block.getByRole('heading', { level: 2 })).toHaveText(s.name[locale]);
      expect(await block.locator('[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expected);
    }
    expect(await ids('[data-testid="latest"] li[data-id]')).toEqual(store.latest({ locale: locale }, 8, reader).map((a) => a.id));
    await expect(page.getByTestId('most-read').locator('li')).toHaveCount(6);
    await expectNoOverflow(page);
  });
}
