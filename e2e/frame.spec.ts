import { expect, test } from '@playwright/test';
import { ARABIC_FONT_FILES } from '../lib/arabic-font';
import { articleUrl, demoStore, expectAxeClean, expectFrame, expectHydrated, expectNoOverflow, reader, settle } from './fixtures';

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

    // WCAG 2.5.3: a voice-control user says what they see ("click A+"); a control named by
    // aria-label must keep its visible words in that name. axe here does not check it on
    // symbols such as A−/A+; Lighthouse's axe does.
    test('a control named by aria-label keeps the words it shows in that name', async ({ page }) => {
      const section = demoStore().sections()[0]!.id;
      const story = demoStore().all({ locale }, reader).find((a) => a.image)!;
      for (const path of [`/${locale}`, `/${locale}/${section}`, articleUrl(story)]) {
        await page.goto(path);
        const mismatched = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('a[aria-label], button[aria-label]')]
            .filter((el) => el.checkVisibility())
            .map((el) => ({ shows: el.innerText.replace(/\s+/g, ' ').trim(), name: (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ') }))
            .filter((c) => c.shows && !c.name.toLocaleLowerCase().includes(c.shows.toLocaleLowerCase())),
        );
        expect(mismatched, path).toEqual([]);
      }
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

test('pages fetched in the background (the offline worker keeps both front pages) do not change the reader’s language', async ({ page, context }) => {
  const chosen = async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value;
  await context.clearCookies();
  await page.goto('/en');
  await expect.poll(chosen).toBe('en');
  // What the service worker does after load (lib/offline/sw.ts): plain fetches of other pages.
  await page.evaluate(async () => {
    for (const path of ['/ar', '/ar/saved']) await (await fetch(path, { credentials: 'same-origin' })).text();
  });
  expect(await chosen()).toBe('en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
});

test('an unknown locale is a 404, not an error', async ({ request }) => {
  for (const path of ['/fr', '/fr/news', '/xx/news/some-story']) expect((await request.get(path)).status(), path).toBe(404);
});

test('a page carries the section menu once: its payload holds no second header for the not-found boundary', async ({ request }) => {
  // Next renders each layout's not-found page into every page's payload, in case a render
  // finds nothing; a header there was rendered and sent with every page, never shown.
  const story = demoStore().latest({ locale: 'ar' }, 1, reader)[0]!;
  for (const path of ['/ar', '/en/news', articleUrl(story)]) {
    const html = await (await request.get(path)).text();
    const payload = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)].map((m) => JSON.parse(m[1]!)[1] ?? '').join('');
    expect(payload.length, path).toBeGreaterThan(1000);
    expect(payload.split('"data-testid":"header-search"').length - 1, path).toBe(1);
  }
});

test('reader pages are cacheable by a CDN', async ({ request }) => {
  const res = await request.get('/en');
  expect(res.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(res.headers()['cache-control']).toMatch(/stale-while-revalidate/);
});

test('Arabic pages preload both weights of the Arabic face and its Latin; English pages do not', async ({ request }) => {
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

test('an Arabic page downloads only its own face: its digits and Latin names need no second one', async ({ browser }) => {
  for (const path of ['/ar', articleUrl(demoStore().all({ locale: 'ar' }, reader).find((a) => a.body.some((b) => b.type === 'paragraph' && /[0-9]/.test(b.text) && /[A-Za-z]{3}/.test(b.text)))!)]) {
    // And when the face's Latin file is too late for the first paint (a slow link), the
    // page falls back to the system's faces, not to a second web font.
    for (const late of [false, true]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (late) await page.route('**/fonts/noto-naskh-arabic-latin-*', async (route) => setTimeout(() => route.continue(), 1500));
      const fonts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(fonts.sort(), `${path}${late ? ', its Latin late' : ''}`).toEqual(Object.values(ARABIC_FONT_FILES).sort());
      await context.close();
    }
  }
});

test('reading a page fetches no other page: no link is prefetched, in view or scrolled to', async ({ page }) => {
  // Each prefetch is a page's worth of data (4–10 KB) that most readers never open: on a
  // metered connection a page view would cost twice what it shows. And scripts/patch-next.mjs
  // has Next keep no per-segment prefetch data, on the strength of this.
  const story = demoStore().all({ locale: 'ar' }, reader).find((a) => a.translationOf || demoStore().all({}, reader).some((b) => b.translationOf === a.id))!;
  for (const url of ['/ar', '/en', '/ar/news', '/en/news?page=2', articleUrl(story), `/ar/search?q=${encodeURIComponent('المغرب')}`]) {
    const fetched: string[] = [];
    const listen = (req: { url: () => string }) => {
      const u = new URL(req.url());
      if (u.searchParams.has('_rsc')) fetched.push(u.pathname + u.search);
    };
    page.on('request', listen);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Links prefetch (if they do) once hydrated, as they enter the viewport.
    await expectHydrated(page.locator('main a[href]').first());
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settle(page);
    await page.waitForLoadState('networkidle');
    page.off('request', listen);
    expect(fetched, url).toEqual([]);
  }
});
