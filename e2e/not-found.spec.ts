// Every address a reader or a crawler can make up gets a real page: the localized 404 in
// the HTML itself (no JavaScript needed), and nothing left behind on the server's disk.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import ar from '../messages/ar.json';
import en from '../messages/en.json';
import { demoStore, reader } from './fixtures';

const messages = { ar, en };
const dir = { ar: 'rtl', en: 'ltr' } as const;

for (const locale of ['ar', 'en'] as const) {
  test.describe(`not found (${locale}), without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('unknown story, unknown section, impossible id and a page past the last: the full page in the HTML', async ({ page }) => {
      const s = demoStore();
      const section = s.sections()[0]!.id;
      const pages = s.page({ locale, section }, 1, 20, reader).pages;
      const story = s.latest({ locale }, 1, reader)[0]!;
      for (const url of [
        `/${locale}/${section}/no-such-story`,
        `/${locale}/no-such-section`,
        `/${locale}/no-such-section/junk-1`,
        `/${locale}/${section}/Not_An_Id`,
        `/${locale}/${section}?page=${pages + 1}`,
        `/${locale}/${story.section}/${story.id}/more`,
      ]) {
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(404);
        await expect(page.locator('html'), url).toHaveAttribute('lang', locale);
        await expect(page.locator('html'), url).toHaveAttribute('dir', dir[locale]);
        await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(messages[locale].NotFound.title);
        await expect(page.getByTestId('not-found').getByRole('link'), url).toHaveAttribute('href', `/${locale}`);
        // The site's frame: the section menu and the footer are there too.
        await expect(page.getByRole('navigation').first()).toBeVisible();
        await expect(page.locator('footer')).toBeVisible();
        expect(await page.title(), url).toContain(messages[locale].NotFound.title);
      }
      // (axe runs in the page, so it checks this page with JavaScript on: frame.spec.ts.)
    });
  });
}

test('an address outside any language says it in both, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of ['/fr', '/xx/news/some-story', '/favicon.ico', '/junk.txt']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.locator('[lang="ar"] h1')).toHaveText(ar.NotFound.title);
    await expect(page.locator('[lang="en"] h2')).toHaveText(en.NotFound.title);
  }
  await context.close();
});

test('a 404 is never cached by the edge, in the lite edition either', async ({ request }) => {
  for (const url of ['/ar/news/no-such-story', '/ar/lite/news/no-such-story', '/en/lite/no-such-section', '/ar/lite/news?page=999']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect(res.headers()['cache-control'], url).not.toMatch(/s-maxage/);
  }
  // The lite edition's own not-found page: no script, in the path's language.
  const lite = await request.get('/en/lite/news/no-such-story');
  const html = await lite.text();
  expect(html).toContain('<html lang="en" dir="ltr">');
  expect(html).not.toContain('<script');
});

test('an address that is not valid percent-encoding is a 400, never a 500', async ({ request }) => {
  for (const url of ['/api/sections/%ff/news?page=2', '/api/sections/ar/%E0%A4%A', '/media/%', '/media/a%zz.jpg']) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    expect(await res.text(), url).not.toMatch(/Error|at .+:\d+/);
  }
  // Well-encoded ones are untouched, and a reader's page still says "not found".
  expect((await request.get('/api/sections/%61r/news?page=1')).status()).toBe(200);
  expect((await request.get('/ar/%ff')).status()).toBe(404);
});

test('thousands of made-up addresses leave nothing on the server’s disk', async ({ request }, info) => {
  test.skip(info.project.name !== 'desktop', 'a server check: once is enough');
  test.setTimeout(400_000);
  const section = demoStore().sections()[0]!.id;
  const shapes = [
    (i: number) => `/ar/x/junk-${i}`,
    (i: number) => `/en/junk${i}`,
    (i: number) => `/ar/${section}/junk-${i}`,
    (i: number) => `/en/${section}/Junk_${i}`,
    (i: number) => `/ar/${section}/junk.${i}`,
    (i: number) => `/xx${i}/junk`,
    (i: number) => `/junk-${i}.php`,
    (i: number) => `/sitemaps/junk-${i}.xml`,
    (i: number) => `/ar/${section}/rss.xml/junk-${i}`,
    (i: number) => `/en/${section}?page=${1000 + i}`,
    (i: number) => `/ar/lite/x/junk-${i}`,
    (i: number) => `/en/lite/${section}/junk-${i}`,
    (i: number) => `/ar/lite/${section}?page=junk${i}`,
    (i: number) => `/en/lite/${section}?page=${1000 + i}`,
  ];
  const urls = Array.from({ length: 2000 }, (_, i) => shapes[i % shapes.length]!(i));
  for (let i = 0; i < urls.length; i += 10) {
    const statuses = await Promise.all(urls.slice(i, i + 10).map(async (u) => [u, (await request.get(u, { maxRedirects: 0 })).status()] as const));
    for (const [u, status] of statuses) expect(status, u).toBe(404);
  }
  // The demo server's build and page cache (scripts/e2e-server.mjs): a cached page is a file named after its path.
  const root = path.resolve('.e2e/demo/next');
  const left = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /junk|Junk|P\/1\d{3}/.test(f));
  expect(left.length, left.slice(0, 5).join('\n')).toBe(0);
});
