import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { articleUrl, demoStore, reader, richArticle } from './fixtures';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const pathOf = (url: string) => new URL(url).pathname;

test.describe('feeds', () => {
  for (const locale of ['ar', 'en'] as const) {
    test(`RSS for ${locale}: a dated RSS 2.0 channel that names itself`, async ({ request }) => {
      const res = await request.get(`/${locale}/rss.xml`);
      expect(res.headers()['content-type']).toMatch(/rss\+xml/);
      const doc = xml.parse(await res.text());
      const channel = doc.rss.channel;
      expect(doc.rss['@version']).toBe('2.0');
      expect(pathOf(channel['atom:link']['@href'])).toBe(`/${locale}/rss.xml`);
      // Which stories, in which order: by hand on the fixture store, e2e/lists.spec.ts.
      const items = asArray(channel.item);
      expect(items.length).toBeGreaterThan(0);
      for (const i of items) expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
    });
  }

  test('pages link their feed', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/en\/rss\.xml$/);
  });

  for (const locale of ['ar', 'en'] as const) {
    test(`a section page (${locale}) links its own feed, titled as the feed is`, async ({ page, request }) => {
      const section = demoStore().sections()[1]!;
      for (const url of [`/${locale}/${section.id}`]) {
        await page.goto(url);
        const link = page.locator('link[rel="alternate"][type="application/rss+xml"]');
        await expect(link).toHaveCount(1);
        const href = (await link.getAttribute('href'))!;
        expect(pathOf(href)).toBe(`/${locale}/${section.id}/rss.xml`);
        const feed = xml.parse(await (await request.get(pathOf(href))).text());
        expect(await link.getAttribute('title')).toBe(feed.rss.channel.title);
      }
      // Other pages name the site's feed, titled too.
      await page.goto(`/${locale}`);
      const site = xml.parse(await (await request.get(`/${locale}/rss.xml`)).text());
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('title', site.rss.channel.title);
    });
  }
});

test.describe('sitemaps and robots', () => {
  test('the sitemap index and its parts list every visible story once, with its translation', async ({ request }) => {
    const index = xml.parse(await (await request.get('/sitemap.xml')).text());
    const parts = asArray(index.sitemapindex.sitemap).map((s: { loc: string }) => pathOf(s.loc));
    expect(parts[0]).toBe('/sitemaps/0.xml');
    const urls: { loc: string; 'xhtml:link'?: unknown }[] = [];
    for (const part of parts) urls.push(...asArray(xml.parse(await (await request.get(part)).text()).urlset.url));
    expect(urls.map((u) => pathOf(u.loc))).toContain('/ar/news');
    const paths = urls.map((u) => pathOf(u.loc));
    // Exactly which stories: by hand on the fixture store, e2e/lists.spec.ts.
    const store = demoStore();
    expect(new Set(paths).size).toBe(paths.length);
    const a = richArticle('ar');
    const entry = urls.find((u) => pathOf(u.loc) === articleUrl(a))!;
    const alternates = asArray(entry['xhtml:link'] as { '@hreflang': string; '@href': string }[]);
    expect(alternates.find((l) => l['@hreflang'] === 'en')?.['@href']).toMatch(new RegExp(`${articleUrl(store.translation(a, reader)!)}$`));
  });

  test('robots.txt names both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
    expect(text).toMatch(/Sitemap: .*\/news-sitemap\.xml/);
  });
});

test.describe('metadata', () => {
  test('an article carries NewsArticle and BreadcrumbList JSON-LD that match the store', async ({ page }) => {
    const a = richArticle('ar');
    await page.goto(articleUrl(a));
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    expect(raw).not.toContain('<');
    const [news, crumbs] = JSON.parse(raw!);
    expect(news['@type']).toBe('NewsArticle');
    // Search engines read 110 characters of a headline; the whole title stays beside it.
    expect([...news.headline].length).toBeLessThanOrEqual(110);
    expect(news.alternativeHeadline ?? news.headline).toBe(a.title);
    expect(news.publisher.logo['@type']).toBe('ImageObject');
    const logo = await page.request.get(pathOf(news.publisher.logo.url));
    expect(logo.headers()['content-type']).toBe('image/png');
    expect(news.datePublished).toBe(a.publishedAt);
    expect(pathOf(news.url)).toBe(articleUrl(a));
    expect(crumbs['@type']).toBe('BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { item: string }) => pathOf(i.item))).toEqual(['/ar', `/ar/${a.section}`, articleUrl(a)]);
  });

  test('Open Graph and canonical describe the article', async ({ page }) => {
    const a = richArticle('en');
    await page.goto(articleUrl(a));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', a.title);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', a.publishedAt);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    expect(pathOf((await page.locator('link[rel="canonical"]').getAttribute('href'))!)).toBe(articleUrl(a));
  });

  test('hreflang alternates exist only where the other language has the page, and resolve', async ({ page, request }) => {
    const store = demoStore();
    const withT = richArticle('ar');
    const withoutT = store.all({ locale: 'ar' }, reader).find((x) => !store.translation(x, reader))!;
    for (const [a, expectOther] of [[withT, true], [withoutT, false]] as const) {
      await page.goto(articleUrl(a));
      const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')]));
      const langs = links.map((l) => l[0]);
      expect(langs.includes('en')).toBe(expectOther);
      expect(langs).toContain('x-default');
      for (const [, href] of links) expect((await request.get(pathOf(href!))).status(), href!).toBe(200);
    }
  });
});
