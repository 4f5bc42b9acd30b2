// The lite edition: no script, no web font, no image until asked, within a byte budget, and
// the reader's ways in and out of it (links, the "always lite" cookie, the Save-Data offer).
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { FileStore } from '../lib/content/files/store';
import { formatHijri } from '../lib/format/dates';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { e2e } from '../playwright.config';
import { BIG_DIR, articleUrl, demoStore, expectAxeClean, expectFrame, expectNoOverflow, heaviestArticle, reader } from './fixtures';

const KB = 1024;
// Gzipped bytes of everything the page loads: the HTML and (there must be none) anything else.
const BUDGET = { article: 15 * KB, list: 20 * KB };
const messages = { ar, en };
const liteOf = (a: { locale: string; section: string; id: string }) => `/${a.locale}/lite/${a.section}/${a.id}`;

/** Loads a page, recording every request it makes, and gives the gzipped size of all of it. */
async function load(page: Page, path: string) {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const res = (await page.goto(path))!;
  await page.waitForLoadState('load');
  const bytes = gzipSync(await res.body(), { level: 6 }).length;
  return { res, requests, bytes };
}

for (const locale of ['ar', 'en'] as const) {
  test.describe(`lite edition (${locale})`, () => {
    const store = demoStore();
    const a = heaviestArticle(locale);
    const section = store.sections()[0]!;
    const other = locale === 'ar' ? 'en' : 'ar';
    const pages = [
      { name: 'front page', path: `/${locale}/lite`, full: `/${locale}`, budget: BUDGET.list },
      { name: 'section', path: `/${locale}/lite/${section.id}`, full: `/${locale}/${section.id}`, budget: BUDGET.list },
      { name: 'article', path: liteOf(a), full: articleUrl(a), budget: BUDGET.article },
    ];

    for (const p of pages) {
      test(`${p.name}: nothing but the HTML (no script, font, image or stylesheet file), within ${p.budget / KB} KB, noindex, axe, 320 px`, async ({ page }) => {
        const { res, requests, bytes } = await load(page, p.path);
        expect(res.status()).toBe(200);
        expect(requests, 'the page loads nothing but itself').toEqual([new URL(p.path, e2e.base).href]);
        expect(bytes, `${p.path}: ${(bytes / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(p.budget);
        await expect(page.locator('script')).toHaveCount(0);
        await expect(page.locator('style')).toHaveCount(1);
        await expect(page.locator('link[rel="stylesheet"], link[rel="preload"], link[rel="manifest"], img, picture, svg, video, iframe')).toHaveCount(0);
        expect(await page.evaluate(() => document.fonts.size), 'no @font-face').toBe(0);
        await expectFrame(page, locale);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
        expect(res.headers()['x-robots-tag']).toMatch(/noindex/);
        const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
        expect(canonical.pathname + canonical.search).toBe(p.full);
        // Links go to lite pages only, and to the full version of this one.
        const source = p.name === 'article' ? a.source?.url : undefined;
        for (const href of await page.locator('a[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
          const ok = href === '#main' || href === `${p.full}?full=1` || href === source || /^\/(ar|en)\/lite(\/|$)/.test(href) || href.startsWith('/_next/image?');
          expect(ok, `link ${href}`).toBe(true);
        }
        await expect(page.getByTestId('language-switch')).toHaveAttribute('lang', other);
        await expectAxeClean(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectAxeClean(page);
        await page.setViewportSize({ width: 320, height: 700 });
        await expectNoOverflow(page);
      });
    }

    test('article: the whole story, its dates, the picture as a link, the source and short lists', async ({ page, request }) => {
      await page.goto(liteOf(a));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
      if (a.byline) await expect(page.getByTestId('byline')).toContainText(a.byline);
      if (a.dateline) await expect(page.getByTestId('dateline')).toContainText(a.dateline);
      const published = page.getByTestId('published');
      await expect(published.locator('time')).toHaveAttribute('datetime', new Date(a.published).toISOString());
      // Hijri beside the Gregorian date in Arabic, as on the full site; Western digits.
      if (locale === 'ar') await expect(published).toContainText(formatHijri(a.published, 'ar'));
      else await expect(published).not.toContainText('AH');
      await expect(published).not.toContainText(/[٠-٩]/);
      const body = page.getByTestId('article-body');
      const count = (type: string) => a.body.filter((b) => b.type === type).length;
      await expect(body.locator('> p:not(.pic)')).toHaveCount(count('paragraph'));
      await expect(body.locator('> h2')).toHaveCount(count('heading'));
      await expect(body.locator('blockquote')).toHaveCount(count('quote'));
      await expect(body.locator('> ul, > ol')).toHaveCount(count('list'));
      await expect(body.locator('> .pic')).toHaveCount(count('image'));
      for (const b of a.body) if (b.type === 'paragraph') await expect(body).toContainText(b.text);
      // The hero is a link to the picture, which is there when asked for.
      const show = page.getByRole('link', { name: messages[locale].Lite.showPicture }).first();
      const href = (await show.getAttribute('href'))!;
      expect(new URL(href, e2e.base).searchParams.get('url')).toBe(a.image!.src);
      const picture = await request.get(href);
      expect(picture.status()).toBe(200);
      expect(picture.headers()['content-type']).toMatch(/^image\//);
      if (a.source) await expect(page.getByTestId('source').getByRole('link')).toHaveAttribute('href', a.source.url);
      // Which stories related and latest list: by hand on the fixture store, e2e/lists.spec.ts.
      await expect(page.getByTestId('related').locator('li[data-id]')).toHaveCount(4);
      await expect(page.getByTestId('latest').locator('li[data-id]')).toHaveCount(5);
    });

    test('the full article links to its lite twin, and back', async ({ page }) => {
      await page.goto(articleUrl(a));
      await page.getByTestId('lite-link').click();
      await expect(page).toHaveURL(new RegExp(`${liteOf(a)}$`));
      await page.getByTestId('full-version').click();
      await expect(page).toHaveURL(new RegExp(`${articleUrl(a)}\\?full=1$`));
      await expect(page.getByTestId('headline')).toHaveText(a.title);
      await expect(page.getByTestId('lite-link')).toBeVisible();
    });

    test('a story that is not public has no lite page', async ({ page }) => {
      const draft = store.unpublished().find((x) => x.locale === locale)!;
      const res = await page.goto(liteOf(draft));
      expect(res!.status()).toBe(404);
      await expect(page.locator('script')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[locale].NotFound.title);
    });
  });
}

test('"always lite" is remembered: full pages open as lite ones, "full version" still works, and it can be undone', async ({ page }) => {
  const a = heaviestArticle('ar');
  await page.goto(liteOf(a));
  await page.getByRole('button', { name: ar.Lite.alwaysLite }).click();
  await expect(page).toHaveURL(new RegExp(`${liteOf(a)}$`));
  await page.goto(articleUrl(a));
  await expect(page).toHaveURL(new RegExp(`${liteOf(a)}$`));
  await page.goto('/ar');
  await expect(page).toHaveURL(/\/ar\/lite$/);
  await page.goto(liteOf(a));
  await page.getByTestId('full-version').click();
  await expect(page.getByTestId('lite-link')).toBeVisible();
  await page.goto(liteOf(a));
  await page.getByRole('button', { name: ar.Lite.preferFull }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl(a)}$`));
  await page.goto('/ar');
  await expect(page).toHaveURL(/\/ar$/);
});

test('the preference form refuses another site and another host to go back to', async ({ request }) => {
  const cross = await request.post('/api/lite', { form: { lite: 'always', back: '/ar/lite' }, headers: { Origin: 'https://elsewhere.example' }, maxRedirects: 0 });
  expect(cross.status()).toBe(403);
  const away = await request.post('/api/lite', { form: { lite: 'always', back: 'https://elsewhere.example/' }, maxRedirects: 0 });
  expect(away.status()).toBe(400);
  const ok = await request.post('/api/lite', { form: { lite: 'always', back: '/en/lite' }, maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers().location).toBe('/en/lite');
  expect(ok.headers()['set-cookie']).toMatch(/sahifa_lite=1;.*HttpOnly/);
});

test.describe('the Save-Data offer', () => {
  const a = heaviestArticle('en');

  test('a Save-Data: on request gets a visible offer of the lite twin; others do not', async ({ browser }) => {
    const saving = await browser.newContext({ extraHTTPHeaders: { 'Save-Data': 'on' } });
    const page = await saving.newPage();
    await page.goto(articleUrl(a));
    const offer = page.getByTestId('lite-offer');
    await expect(offer).toBeVisible();
    await expect(offer.getByTestId('lite-offer-open')).toHaveAttribute('href', liteOf(a));
    await expectAxeClean(page);
    // "No thanks" hides it, and it stays hidden.
    await offer.getByRole('button', { name: en.Lite.offerDismiss }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('lite-offer')).toBeHidden();
    await saving.close();

    const normal = await browser.newContext();
    const plain = await normal.newPage();
    await plain.goto(articleUrl(a));
    await expect(plain.getByTestId('lite-offer')).toBeHidden();
    await normal.close();
  });

  test('the browser’s own data saver shows it too, and "always lite" from it works', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto('/ar');
    const offer = page.getByTestId('lite-offer');
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: ar.Lite.alwaysLite }).click();
    await expect(page).toHaveURL(/\/ar\/lite$/);
    await expect(page.locator('script')).toHaveCount(0);
  });
});

test('lite section pages page through a large section with ?page=N', async ({ page }) => {
  const big = new FileStore(BIG_DIR).load();
  const s = big.sections().find((x) => big.page({ locale: 'ar', section: x.id }, 1, 20, reader).pages >= 3)!;
  await page.goto(`${e2e.big}/ar/lite/${s.id}?page=2`);
  const ids = () => page.getByTestId('feed').locator('> li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(await ids()).toEqual(big.page({ locale: 'ar', section: s.id }, 2, 20, reader).items.map((x) => x.id));
  await page.getByTestId('next-page').click();
  await expect(page).toHaveURL(new RegExp(`/ar/lite/${s.id}\\?page=3$`));
  expect(await ids()).toEqual(big.page({ locale: 'ar', section: s.id }, 3, 20, reader).items.map((x) => x.id));
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
  expect(canonical.pathname + canonical.search).toBe(`/ar/${s.id}?page=3`);
  await page.goto(`${e2e.big}/ar/lite/${s.id}?page=1`);
  await expect(page).toHaveURL(new RegExp(`/ar/lite/${s.id}$`));
  expect((await page.goto(`${e2e.big}/ar/lite/${s.id}?page=999`))!.status()).toBe(404);
  big.dispose();
});
