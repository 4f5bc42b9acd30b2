// The lists every page type shows, on the fixture store (e2e/store, and the stories e2e/timed.ts
// adds at the server's start), against expectations written out here by hand: which stories,
// in which order, how many. The store's own code never says what the answer is.
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { e2e } from '../playwright.config';

test.use({ baseURL: e2e.fixture });
test.skip(({ isMobile }) => isMobile, 'lists, not layout: once is enough');

/** The Arabic stories readers see, newest first (the first three are timed from the start). */
const AR = [
  'ar-port-night-market', // news, 2 h old
  'ar-dirham-steady', // economy, 26 h old
  'ar-youth-league-final', // sports, 3 days old
  'ar-rail-line-tender', // economy, 2026-11-20
  'ar-harbour-dredging', // news, 2026-11-19: picture, source, tags, a pick, a translation
  'ar-city-library-hours', // news
  'ar-marathon-route', // sports
  'ar-olive-harvest', // economy
  'ar-ferry-timetable', // news
  'ar-tennis-juniors', // sports
  'ar-bakery-prices', // economy
  'ar-school-gardens', // news
  'ar-swimming-pool', // sports
  'ar-fish-auction', // economy
  'ar-street-lights', // news
  'ar-cycling-club', // sports
];
const EN = ['en-port-night-market', 'en-rail-line-tender', 'en-harbour-dredging', 'en-marathon-route', 'en-olive-harvest', 'en-museum-night'];
const SECTION_OF: Record<string, string> = {
  'ar-port-night-market': 'news',
  'ar-dirham-steady': 'economy',
  'ar-youth-league-final': 'sports',
  'ar-rail-line-tender': 'economy',
  'ar-harbour-dredging': 'news',
  'ar-city-library-hours': 'news',
  'ar-marathon-route': 'sports',
  'ar-olive-harvest': 'economy',
  'ar-ferry-timetable': 'news',
  'ar-tennis-juniors': 'sports',
  'ar-bakery-prices': 'economy',
  'ar-school-gardens': 'news',
  'ar-swimming-pool': 'sports',
  'ar-fish-auction': 'economy',
  'ar-street-lights': 'news',
  'ar-cycling-club': 'sports',
  'en-port-night-market': 'news',
  'en-rail-line-tender': 'economy',
  'en-harbour-dredging': 'news',
  'en-marathon-route': 'sports',
  'en-olive-harvest': 'economy',
  'en-museum-night': 'news',
};
const url = (id: string) => `/${id.slice(0, 2)}/${SECTION_OF[id]}/${id}`;
/** Never shown to readers: two drafts and a story scheduled a month after the start. */
const HIDDEN = ['/ar/news/ar-council-draft-notes', '/en/news/en-council-draft-notes', '/ar/news/e2e-scheduled-harbour-lights'];

const ids = (page: Page, sel: string) => page.locator(sel).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const pathOf = (u: string) => new URL(u).pathname;

test.describe('home', () => {
  test('Arabic: the newest 13, then each section’s next ones, latest 8, most read 6', async ({ page }) => {
    await page.goto('/ar');
    expect((await ids(page, 'main [data-testid="story-card"]')).slice(0, 13)).toEqual(AR.slice(0, 13));
    for (const [section, name, expected] of [
      ['news', 'أخبار', ['ar-street-lights']],
      ['economy', 'اقتصاد', ['ar-fish-auction']],
      ['sports', 'رياضة', ['ar-cycling-club']],
    ] as const) {
      const block = page.locator(`[data-testid="section-block"][data-section="${section}"]`);
      await expect(block.getByRole('heading', { level: 2 })).toHaveText(name);
      expect(await block.locator('[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), section).toEqual(expected);
    }
    expect(await ids(page, '[data-testid="latest"] li[data-id]')).toEqual(AR.slice(0, 8));
    await expect(page.getByTestId('most-read').locator('li')).toHaveCount(6);
  });

  test('English: all six stories, no section has one left over', async ({ page }) => {
    await page.goto('/en');
    expect((await ids(page, 'main [data-testid="story-card"]')).slice(0, 13)).toEqual(EN);
    await expect(page.locator('[data-testid="section-block"] [data-id]')).toHaveCount(0);
    expect(await ids(page, '[data-testid="latest"] li[data-id]')).toEqual(EN);
  });
});

test('a section lists its stories newest first, in each language', async ({ page }) => {
  await page.goto('/ar/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار');
  expect(await ids(page, '[data-testid="feed"] > li')).toEqual(['ar-port-night-market', 'ar-harbour-dredging', 'ar-city-library-hours', 'ar-ferry-timetable', 'ar-school-gardens', 'ar-street-lights']);
  await page.goto('/en/economy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Economy');
  expect(await ids(page, '[data-testid="feed"] > li')).toEqual(['en-rail-line-tender', 'en-olive-harvest']);
});

test.describe('an article’s lists', () => {
  // ar-harbour-dredging: tags ميناء and نقل, section news, picks ar-olive-harvest. Related:
  // ferry (tag + section, 4 days apart) before the night market (tag + section, weeks apart),
  // then the rail tender (tag, a day apart) before the fish auction (tag, 9 days apart).
  const RELATED = ['ar-ferry-timetable', 'ar-port-night-market', 'ar-rail-line-tender', 'ar-fish-auction'];

  test('picks, related, latest, the other sections’ teasers', async ({ page }) => {
    await page.goto(url('ar-harbour-dredging'));
    await expect(page.getByTestId('breadcrumb').getByRole('link').nth(1)).toHaveText('أخبار');
    await expect(page.getByTestId('picks').getByRole('heading', { level: 3 })).toHaveText(['موسم زيتون وفير في التلال الشرقية']);
    expect(await ids(page, '[data-testid="related"] [data-id]')).toEqual(RELATED);
    expect(await ids(page, '[data-testid="latest"] li[data-id]')).toEqual(['ar-port-night-market', 'ar-dirham-steady', 'ar-youth-league-final', 'ar-rail-line-tender', 'ar-city-library-hours', 'ar-marathon-route']);
    await expect(page.getByTestId('most-read').locator('li')).toHaveCount(5);
    const teasers = (section: string) => ids(page, `[data-testid="teasers"] [data-testid="section-block"][data-section="${section}"] [data-id]`);
    expect(await teasers('economy')).toEqual(['ar-dirham-steady', 'ar-rail-line-tender', 'ar-olive-harvest', 'ar-bakery-prices']);
    expect(await teasers('sports')).toEqual(['ar-youth-league-final', 'ar-marathon-route', 'ar-tennis-juniors', 'ar-swimming-pool']);
    await expect(page.getByTestId('tags').getByRole('listitem')).toHaveCount(2);
    await expect(page.getByTestId('source').getByRole('link')).toHaveAttribute('href', 'https://example.org/port/dredging');
  });

  test('the lite page: the same related, and latest without the story or its pick', async ({ page }) => {
    await page.goto('/ar/lite/news/ar-harbour-dredging');
    expect(await ids(page, '[data-testid="related"] li[data-id]')).toEqual(RELATED);
    expect(await ids(page, '[data-testid="latest"] li[data-id]')).toEqual(['ar-port-night-market', 'ar-dirham-steady', 'ar-youth-league-final', 'ar-rail-line-tender', 'ar-city-library-hours']);
  });
});

test('search: the four stories that say ميناء, title matches first, never the scheduled one', async ({ request }) => {
  const json = await (await request.get(`/api/search?q=${encodeURIComponent('ميناء')}&locale=ar`)).json();
  const found: string[] = json.items.map((c: { id: string }) => c.id);
  expect(json.pages).toBe(1);
  expect(found).toHaveLength(4);
  // In the title ("الميناء", the article dropped): the night market and the dredging; in the tags only: the ferry and the fish auction.
  expect(found.slice(0, 2).sort()).toEqual(['ar-harbour-dredging', 'ar-port-night-market']);
  expect(found.slice(2).sort()).toEqual(['ar-ferry-timetable', 'ar-fish-auction']);
});

test.describe('feeds and sitemaps', () => {
  test('RSS: every Arabic story newest first; a section’s feed, that section only', async ({ request }) => {
    const items = asArray(xml.parse(await (await request.get('/ar/rss.xml')).text()).rss.channel.item) as { link: string }[];
    expect(items.map((i) => pathOf(i.link))).toEqual(AR.map(url));
    const economy = asArray(xml.parse(await (await request.get('/ar/economy/rss.xml')).text()).rss.channel.item) as { link: string }[];
    expect(economy.map((i) => pathOf(i.link))).toEqual(['ar-dirham-steady', 'ar-rail-line-tender', 'ar-olive-harvest', 'ar-bakery-prices', 'ar-fish-auction'].map(url));
  });

  test('the sitemap lists exactly the 22 stories readers see', async ({ request }) => {
    const index = xml.parse(await (await request.get('/sitemap.xml')).text());
    const paths: string[] = [];
    for (const part of asArray(index.sitemapindex.sitemap) as { loc: string }[])
      paths.push(...(asArray(xml.parse(await (await request.get(pathOf(part.loc))).text()).urlset.url) as { loc: string }[]).map((u) => pathOf(u.loc)));
    const stories = paths.filter((p) => /^\/(ar|en)\/[a-z]+\/[a-z0-9-]+$/.test(p) && !p.includes('/lite/'));
    expect(stories.sort()).toEqual([...AR, ...EN].map(url).sort());
    for (const h of HIDDEN) expect(paths).not.toContain(h);
  });

  test('the news sitemap holds the stories of the last two days, and no older one', async ({ request }) => {
    const doc = xml.parse(await (await request.get('/news-sitemap.xml')).text());
    const paths = (asArray(doc.urlset.url) as { loc: string }[]).map((u) => pathOf(u.loc));
    expect(paths.sort()).toEqual(['/ar/economy/ar-dirham-steady', '/ar/news/ar-port-night-market', '/en/news/en-port-night-market']);
  });
});
