import { expect, test } from '@playwright/test';
import { articleUrl, demoStore, expectAxeClean, expectHydrated, reader, settle } from './fixtures';

/** README: pages refresh within 30–60 s; the header's date may be that old. */
const HEADER_CACHE_MS = 60_000;

/** A translated pair whose versions differ in length but share their headings. */
function pair() {
  const store = demoStore();
  for (const a of store.all({ locale: 'ar' }, reader)) {
    const t = store.translation(a, reader);
    if (!t) continue;
    const ha = a.body.filter((b) => b.type === 'heading').length;
    const he = t.body.filter((b) => b.type === 'heading').length;
    if (ha > 1 && ha === he && a.body.length !== t.body.length) return { ar: a, en: t };
  }
  throw new Error('no translated pair of different lengths with headings');
}

test('the article links to the side-by-side view', async ({ page }) => {
  const { ar } = pair();
  await page.goto(articleUrl(ar));
  await page.getByTestId('read-both').click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl(ar)}\\?view=both$`));
});

test('moving to the side-by-side view is a client navigation with no failed request or console error', async ({ page }) => {
  const { ar } = pair();
  const failures: string[] = [];
  page.on('console', (m) => m.type() === 'error' && failures.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  await page.goto(articleUrl(ar));
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  // In view and under the pointer, where Next would prefetch it.
  await expectHydrated(page.getByTestId('read-both'));
  await page.getByTestId('read-both').scrollIntoViewIfNeeded();
  await page.getByTestId('read-both').hover();
  await settle(page);
  await page.getByTestId('read-both').click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl(ar)}\\?view=both$`));
  await expect(page.getByTestId('title-ar')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
});

test('columns carry their own language and direction, Arabic on the right, headings side by side', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'two columns are for wide screens');
  const { ar, en } = pair();
  await page.goto(`${articleUrl(ar)}?view=both`);
  const arCol = page.getByTestId('title-ar').locator('..');
  const enCol = page.getByTestId('title-en').locator('..');
  await expect(arCol).toHaveAttribute('lang', 'ar');
  await expect(arCol).toHaveAttribute('dir', 'rtl');
  await expect(enCol).toHaveAttribute('lang', 'en');
  await expect(enCol).toHaveAttribute('dir', 'ltr');
  const arBox = (await arCol.boundingBox())!;
  const enBox = (await enCol.boundingBox())!;
  expect(arBox.x).toBeGreaterThan(enBox.x);
  const headingsAr = page.locator('[data-lang="ar"] h2:not([data-testid])');
  const headingsEn = page.locator('[data-lang="en"] h2:not([data-testid])');
  await expect(headingsAr).toHaveCount(ar.body.filter((b) => b.type === 'heading').length);
  await expect(headingsEn).toHaveCount(en.body.filter((b) => b.type === 'heading').length);
  for (let i = 0; i < (await headingsAr.count()); i++) {
    const ya = (await headingsAr.nth(i).boundingBox())!.y;
    const ye = (await headingsEn.nth(i).boundingBox())!.y;
    expect(Math.abs(ya - ye), `heading ${i}`).toBeLessThan(2);
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectAxeClean(page);
});

test('on a phone, switching language keeps the reader at the same place', async ({ page }, info) => {
  test.skip(info.project.name !== 'mobile', 'the switch is for phones');
  const { ar } = pair();
  await page.goto(`${articleUrl(ar)}?view=both`);
  await expect(page.getByTestId('language-toggle')).toBeVisible();
  const heading = page.locator('[data-lang="ar"][data-heading] h2').nth(1);
  await heading.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -100));
  const row = await heading.evaluate((el) => el.closest('[data-row]')!.getAttribute('data-row'));
  await page.getByTestId('language-toggle').getByRole('button').nth(1).click();
  const target = page.locator(`[data-row="${row}"] > [data-lang="en"]`);
  await expect(target).toBeInViewport();
  await expect(page.locator(`[data-row="${row}"] > [data-lang="ar"]`)).toBeHidden();
  await expectAxeClean(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the view shows both versions as plain columns', async ({ page }) => {
    const { ar, en } = pair();
    await page.goto(`${articleUrl(ar)}?view=both`);
    await expect(page.getByTestId('title-ar')).toBeVisible();
    await expect(page.getByTestId('title-en')).toBeVisible();
    await expect(page.getByTestId('title-en')).toHaveText(en.title);
  });
});

test.describe('dates in the header', () => {
  test('Arabic shows the Hijri date beside the Gregorian one', async ({ page }) => {
    const hijri = (t: number) => new Intl.DateTimeFormat('ar-MA-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Africa/Casablanca' }).format(t);
    // The header may have been rendered up to a minute before it was asked for (its cache):
    // just after midnight in Casablanca it may still say yesterday. Either day is right then.
    const asked = Date.now();
    await page.goto('/ar');
    const days = new Set([hijri(asked - HEADER_CACHE_MS), hijri(Date.now())]);
    const text = (await page.getByTestId('today').textContent()) ?? '';
    expect([...days].some((d) => text.includes(d)), `${text} holds one of ${[...days].join(' | ')}`).toBe(true);
    await expect(page.getByTestId('hijri')).toBeVisible();
  });

  test('English shows it on request, and remembers', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByTestId('hijri')).toBeHidden();
    await page.getByTestId('hijri-toggle').click();
    await expect(page.getByTestId('hijri')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('hijri')).toBeVisible();
  });
});
