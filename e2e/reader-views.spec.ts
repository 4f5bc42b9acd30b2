// "See it where readers will meet it" (components/preview/ReaderViews.tsx) and the desk on
// a phone: the panel's three views and its warnings on the demo drafts built to trigger
// each one (content/articles/2026/12/checks-demo-*.json), the same warnings on the desk,
// and the desk's cards, filters and order, all without script too.
import { expect, test, type Browser } from '@playwright/test';
import { articleUrl, demoStore, expectAxeClean, expectNoOverflow, PREVIEW_SECRET } from './fixtures';

const SECRET = PREVIEW_SECRET;
const story = (id: string) => demoStore().unpublished().find((a) => a.id === id)!;

async function editor(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  expect((await context.request.get(`/api/preview?secret=${SECRET}&locale=en`, { maxRedirects: 0 })).status()).toBe(307);
  return context;
}

const EXPECTED: Record<string, string[]> = {
  'checks-demo-long-headline': ['headlineLong@title', 'summaryMissing@summary', 'imageMissing@image'],
  'checks-demo-latin-title': ['titleLatinOnArabic@title', 'summaryLong@summary', 'imageNarrow@image.width', 'altRepeatsCaption@image.alt'],
  'checks-demo-alt-file-name': ['altFileName@image.alt', 'translationMissing@translationOf'],
};

test.describe('the preview panel', () => {
  test.skip(({ isMobile }) => isMobile, 'the panel is checked at both widths in one test');

  test('warns, naming the field, on each demo draft: on the panel and on the desk', async ({ browser }) => {
    const ed = await editor(browser);
    const page = await ed.newPage();
    const fields = (list: import('@playwright/test').Locator) => list.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-field')}`));
    for (const [id, expected] of Object.entries(EXPECTED)) {
      await page.goto(articleUrl(story(id)));
      const panel = page.getByTestId('reader-views');
      await panel.locator('summary').click();
      expect(await fields(panel.getByTestId('rv-warnings').locator('li')), id).toEqual(expected);
    }
    await page.goto('/en/preview');
    for (const [id, expected] of Object.entries(EXPECTED))
      expect(await fields(page.locator(`[data-testid="desk-story"][data-id="${id}"]`).getByTestId('story-warnings').locator('li')), id).toEqual(expected);
    await ed.close();
  });

  test('shows the page on a phone and a desktop, the link preview and the search result, in the story’s direction', async ({ browser }) => {
    const ed = await editor(browser);
    const page = await ed.newPage();
    const ar = story('checks-demo-latin-title');
    await page.goto(articleUrl(ar));
    const panel = page.getByTestId('reader-views');
    await expect(panel).not.toHaveAttribute('open');
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('open');
    const frames = panel.getByTestId('rv-devices').locator('iframe');
    expect(await frames.evaluateAll((els) => els.map((e) => [e.getAttribute('width'), e.getAttribute('height')]))).toEqual([
      ['390', '844'],
      ['1280', '800'],
    ]);
    // The frames show this story's page, scaled down.
    const phone = page.frameLocator('[data-testid="rv-devices"] iframe >> nth=0');
    await expect(phone.getByTestId('headline')).toContainText(ar.title);
    const box = await frames.first().boundingBox();
    expect(box!.width).toBeLessThan(200);
    const wide = panel.getByTestId('rv-card-wide');
    await expect(wide).toHaveAttribute('dir', 'rtl');
    const crop = await wide.locator('img').evaluate((img) => ({ fit: getComputedStyle(img).objectFit, ratio: img.clientWidth / img.clientHeight }));
    expect(crop.fit).toBe('cover');
    expect(crop.ratio).toBeCloseTo(1.91, 1);
    const square = await panel.getByTestId('rv-card-square').locator('img').evaluate((img) => img.clientWidth / img.clientHeight);
    expect(square).toBeCloseTo(1, 1);
    // The summary (over 160 characters) is cut as a search result cuts it.
    const description = await panel.getByTestId('rv-search-description').innerText();
    expect(description).toMatch(/…$/);
    const cut = description.split(' — ').slice(1).join(' — ');
    expect([...cut].length).toBeLessThanOrEqual(160);
    expect(ar.summary!.startsWith(cut.slice(0, -1))).toBe(true);
    const en = story('checks-demo-long-headline');
    await page.goto(articleUrl(en));
    await page.getByTestId('reader-views').locator('summary').click();
    const title = await page.getByTestId('rv-search-title').innerText();
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThan(en.title.length);
    await expect(page.getByTestId('rv-card-wide')).toHaveAttribute('dir', 'ltr');
    await expectAxeClean(page);
    await ed.close();
  });
});

test.describe('the desk', () => {
  test('is cards at phone width, filtered and ordered by links that work without script', async ({ browser }, info) => {
    const ed = await editor(browser, false);
    const page = await ed.newPage();
    await page.setViewportSize({ width: info.project.name === 'mobile' ? 390 : 1280, height: 900 });
    await page.goto('/ar/preview');
    const all = demoStore().unpublished();
    await expect(page.getByTestId('desk-story')).toHaveCount(all.length);
    await expectNoOverflow(page);
    const form = page.getByTestId('desk-filters');
    await form.locator('select[name="state"]').selectOption('draft');
    await form.locator('select[name="lang"]').selectOption('en');
    await form.locator('select[name="sort"]').selectOption('oldest');
    await form.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/state=draft/);
    const wanted = all.filter((a) => a.status === 'draft' && a.locale === 'en').sort((a, b) => a.published - b.published);
    const ids = await page.getByTestId('desk-story').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(wanted.map((a) => a.id));
    const section = wanted[0]!.section;
    await page.goto(`/ar/preview?section=${section}&sort=newest`);
    const bySection = await page.getByTestId('desk-story').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(bySection).toEqual(all.filter((a) => a.section === section).sort((a, b) => b.published - a.published).map((a) => a.id));
    // A card shows its title, section, language, state, time, warnings, preview and share.
    const card = page.getByTestId('desk-story').first();
    await expect(card.locator('h2 a')).toBeVisible();
    await expect(card.locator('dl dd')).toHaveCount(4);
    await expect(card.getByText('مشاركة هذه المسودة')).toBeVisible();
    if (info.project.name === 'mobile') {
      const width = await card.evaluate((e) => e.getBoundingClientRect().width);
      expect(width).toBeLessThanOrEqual(390);
    }
    // Nonsense in the query string is no filter, never an error.
    expect((await page.goto('/ar/preview?state=%FF&section=../x&lang=fr&sort=1'))!.status()).toBe(200);
    await ed.close();
    // axe runs in the page: a context with script, at the same width.
    const js = await editor(browser);
    const checked = await js.newPage();
    await checked.setViewportSize({ width: info.project.name === 'mobile' ? 390 : 1280, height: 900 });
    await checked.goto(`/ar/preview?section=${section}`);
    await expectAxeClean(checked);
    await js.close();
  });
});
