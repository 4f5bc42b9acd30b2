// Stories that open with no connection: the service worker keeps the front pages, the
// stories a reader opened and the ones they saved; anything else shows the offline page.
import { expect, test, type Page } from '@playwright/test';
import type { Article } from '../lib/content/types';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { articleUrl, demoStore, expectAxeClean, expectNoOverflow, reader, richArticle, PREVIEW_SECRET } from './fixtures';

const SECRET = PREVIEW_SECRET;
const messages = { ar, en };

/** Waits until the worker controls the page and keeps `path` in the cache `name`. */
async function kept(page: Page, name: string, path: string) {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(() => page.evaluate(async ([n, p]) => !!(await (await caches.open(n!)).match(location.origin + p)), [name, path]), { timeout: 30_000 })
    .toBe(true);
}

/** Every URL in every cache of the site. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat());

/** A picture is there: loaded, with pixels (scrolled to, so a lazy one is asked for). */
async function expectPicturesShown(page: Page, selector: string) {
  const imgs = page.locator(selector);
  for (let i = 0; i < (await imgs.count()); i++) {
    await imgs.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => imgs.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
  }
}

/** Published stories of a language with a picture, other than the ones named. */
function storiesWithPictures(locale: 'ar' | 'en', not: Article[] = []): Article[] {
  return demoStore()
    .all({ locale }, reader)
    .filter((a) => a.image && !not.some((n) => n.id === a.id));
}

for (const locale of ['ar', 'en'] as const) {
  test.describe(`offline reading (${locale})`, () => {
    const t = messages[locale].Offline;

    test('a story opened once reads again offline, with its picture; online again, it is fresh', async ({ page, context }) => {
      const a = richArticle(locale);
      await page.goto(articleUrl(a));
      await kept(page, 'sahifa-recent', articleUrl(a));
      await expect
        .poll(() => page.evaluate(async (src) => (await (await caches.open('sahifa-images')).keys()).some((r) => new URL(r.url).searchParams.get('url') === src), a.image!.src))
        .toBe(true);

      await context.setOffline(true);
      const offline = (await page.reload())!;
      expect(offline.headers()['x-sahifa-story'], 'served from the kept copy').toBeDefined();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
      const last = a.body.findLast((b) => b.type === 'paragraph');
      await expect(page.getByTestId('article-body')).toContainText(last?.type === 'paragraph' ? last.text : a.title);
      await expectPicturesShown(page, '[data-testid="hero"] img');

      await context.setOffline(false);
      const online = (await page.reload())!;
      expect(online.status()).toBe(200);
      expect(online.headers()['x-sahifa-story'], 'online, the page comes from the network').toBeUndefined();

      // Nothing from the API is ever kept (the read beacon and a search went through).
      await page.evaluate(() => fetch('/api/search?q=a&locale=en').then((r) => r.text()));
      expect((await cachedUrls(page)).filter((u) => new URL(u).pathname.startsWith('/api/'))).toEqual([]);
    });

    test('a saved story opens offline from the saved list, pictures included, and can be removed', async ({ page, context }) => {
      const [b] = storiesWithPictures(locale, [richArticle(locale)]).filter((x) => x.body.some((blk) => blk.type === 'image'));
      const story = b ?? storiesWithPictures(locale, [richArticle(locale)])[0]!;
      await page.goto(articleUrl(story));
      await kept(page, 'sahifa-pages', `/${locale}/saved`);
      await kept(page, 'sahifa-recent', articleUrl(story));
      const save = page.getByTestId('save-story');
      await expect(save).toHaveText(t.save);
      await save.click();
      await expect(save).toHaveAttribute('data-saved', 'true', { timeout: 30_000 });
      await expect(save).toHaveText(t.savedRemove);
      await expect(page.getByTestId('save-status')).toHaveText(t.savedStatus);
      // As if thirty newer stories had pushed it out of the recent ones: the saved copy alone must serve it.
      await page.evaluate(() => caches.delete('sahifa-recent'));

      await context.setOffline(true);
      await page.goto(`/${locale}/saved`);
      const item = page.getByTestId('saved-item');
      await expect(item).toHaveCount(1);
      await expect(item.getByRole('link')).toHaveText(story.title);
      await expectAxeClean(page);
      await item.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${articleUrl(story)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
      await expectPicturesShown(page, '[data-testid="hero"] img, [data-testid="article-body"] img');

      // Removed, it is gone from the list and from the device (page and pictures), and the
      // offline page no longer offers it. (The browser's own HTTP cache may still hold the
      // page for its stale-while-revalidate window, as it would without a worker.)
      await context.setOffline(false);
      await page.goto(`/${locale}/saved`);
      await page.getByTestId('remove-saved').click();
      await expect(page.getByTestId('saved-item')).toHaveCount(0);
      await expect(page.getByText(t.savedEmpty)).toBeVisible();
      expect(await page.evaluate(async () => (await (await caches.open('sahifa-saved')).keys()).map((r) => r.url))).toEqual([]);
      await context.setOffline(true);
      await page.goto(`/${locale}/offline-test-never-opened`);
      await expect(page.getByTestId('offline-title')).toHaveText(t.offlineTitle);
      await expect(page.getByTestId('kept-saved')).toBeHidden();
    });

    test('a page never opened shows the offline page, which lists what can be read', async ({ page, context }) => {
      const [opened, never] = storiesWithPictures(locale);
      await page.goto(articleUrl(opened!));
      await kept(page, 'sahifa-recent', articleUrl(opened!));
      await kept(page, 'sahifa-pages', `/${locale === 'ar' ? 'en' : 'ar'}`);
      await context.setOffline(true);
      const res = (await page.goto(articleUrl(never!)))!;
      expect(res.status()).toBe(503);
      await expect(page).toHaveURL(new RegExp(`${articleUrl(never!)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('offline-title')).toHaveText(t.offlineTitle);
      await expect(page.getByTestId('kept-recent').getByRole('link')).toHaveText([opened!.title]);
      await expect(page.getByTestId('kept-saved')).toBeHidden();
      await expect(page.getByTestId('kept-front').getByRole('link')).toHaveText([t.homeAr, t.homeEn]);
      await expect(page.locator('script')).toHaveCount(0);
      await expectAxeClean(page);
      await page.setViewportSize({ width: 320, height: 700 });
      await expectNoOverflow(page);
      // The front page of the other language is kept too.
      await page.getByTestId('kept-front').getByRole('link').nth(locale === 'ar' ? 1 : 0).click();
      await expect(page.locator('html')).toHaveAttribute('lang', locale === 'ar' ? 'en' : 'ar');
      await expect(page.getByTestId('newest')).toBeVisible();
      // From the kept front page, the app's own links (its router cannot fetch) still open a kept story.
      await page.goto(`/${locale}`);
      await page.locator(`main a[href="${articleUrl(opened!)}"]`).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(opened!.title);
    });
  });
}

test('an editor’s preview page is not served offline after leaving preview', async ({ page, context }) => {
  const draft = demoStore()
    .unpublished()
    .find((a) => a.status === 'draft' && a.locale === 'ar')!;
  await page.goto(`/api/preview?secret=${SECRET}&id=${draft.id}`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
  // Read again through the worker, the way a kept page would be kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(draft.title);
  await page.getByTestId('preview-exit').click();
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
  // Nothing of it is kept: not the page, not its picture (the editor's copy is private, no-store).
  expect((await cachedUrls(page)).filter((u) => decodeURIComponent(u).includes(draft.id))).toEqual([]);
  await context.setOffline(true);
  await page.goto(articleUrl(draft));
  // The reader's 404 that leaving preview just showed is `no-store`: the browser keeps no copy
  // to serve offline, so the worker's offline page answers (never the draft).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.Offline.offlineTitle);
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText(draft.title);
});

test('each language has an installable manifest, linked from its pages', async ({ page, request }) => {
  for (const locale of ['ar', 'en'] as const) {
    await page.goto(`/${locale}`);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `/${locale}/manifest.webmanifest`);
    const res = await request.get(`/${locale}/manifest.webmanifest`);
    expect(res.headers()['content-type']).toMatch(/application\/manifest\+json/);
    const m = await res.json();
    expect(m).toMatchObject({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', start_url: `/${locale}`, name: messages[locale].Site.name, display: 'standalone' });
    for (const size of ['192x192', '512x512']) expect(m.icons.some((i: { sizes: string; purpose: string }) => i.sizes === size && i.purpose === 'any')).toBe(true);
    for (const icon of m.icons) {
      const png = await request.get(icon.src);
      expect(png.status(), icon.src).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
    }
  }
});
