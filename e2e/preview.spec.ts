import { expect, test, type APIRequestContext } from '@playwright/test';
import { signSession } from '../lib/preview/token';
import { articleUrl, demoStore, expectAxeClean, PREVIEW_SECRET } from './fixtures';
import { send, setCookies } from './http';
import { SCHEDULED } from './timed';

const SECRET = PREVIEW_SECRET;

function hidden() {
  const store = demoStore();
  const now = Date.now();
  const all = store.unpublished(now);
  const draft = all.find((a) => a.status === 'draft' && a.locale === 'ar')!;
  // Scheduled 30 days after the servers started (e2e/timed.ts), whatever today's date.
  const scheduled = all.find((a) => a.id === SCHEDULED.id)!;
  expect(scheduled.published).toBeGreaterThan(now);
  return { draft, scheduled };
}

test.describe('turning preview on', () => {
  test('with the right secret it turns on draft mode and goes to the story’s own path', async ({ request }) => {
    const { draft } = hidden();
    const res = await request.get(`/api/preview?secret=${SECRET}&id=${draft.id}`, { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers().location).toBe(articleUrl(draft));
    expect(res.headers()['set-cookie']).toMatch(/__prerender_bypass=/);
    expect(res.headers()['cache-control']).toMatch(/no-store/);
  });

  test('it also hands out a session cookie of ours: signed, HttpOnly, SameSite=Lax, good for hours, not weeks', async ({ request }) => {
    const { draft } = hidden();
    const res = await request.get(`/api/preview?secret=${SECRET}&id=${draft.id}`, { maxRedirects: 0 });
    const session = setCookies(res.headers()).get('sahifa_preview') ?? '';
    expect(session).toMatch(/^sahifa_preview=\d+\.[A-Za-z0-9_-]{43};/);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
    // PREVIEW_SESSION_HOURS is not set for the e2e servers: the default, 8 hours.
    expect(session).toMatch(new RegExp(`;\\s*Max-Age=${8 * 3600}(;|$)`, 'i'));
  });

  test('a POSTed form keeps the secret out of every URL, and goes to the story or the desk', async ({ page, request }) => {
    const { draft } = hidden();
    const res = await request.post('/api/preview', { form: { secret: SECRET, id: draft.id }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe(articleUrl(draft));
    expect([...setCookies(res.headers()).keys()].sort()).toEqual(['__prerender_bypass', 'sahifa_preview']);
    const desk = await request.post('/api/preview', { form: { secret: SECRET, locale: 'en' }, maxRedirects: 0 });
    expect(desk.headers().location).toBe('/en/preview');
    for (const form of [{ secret: 'wrong', id: draft.id }, { id: draft.id }] as Record<string, string>[]) {
      const bad = await request.post('/api/preview', { form, maxRedirects: 0 });
      expect(bad.status()).toBe(401);
      expect(bad.headers()['set-cookie'] ?? '').toBe('');
    }
    expect((await request.post('/api/preview', { data: 'x'.repeat(5000), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })).status()).toBe(413);
    expect((await request.post('/api/preview', { data: '<x/>', headers: { 'Content-Type': 'text/xml' } })).status()).toBe(415);

    // An editor's tool: a form on a page, submitted by the browser.
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/robots.txt'); // any page of the site
    await page.setContent(`<form method="post" action="/api/preview"><input name="secret" value="${SECRET}"><input name="id" value="${draft.id}"><button>Preview</button></form>`);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByTestId('preview-banner')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(articleUrl(draft));
    expect(urls.filter((u) => u.includes(SECRET))).toEqual([]);
  });

  test('a wrong or missing secret gets 401 with no hint', async ({ request }) => {
    const { draft } = hidden();
    for (const q of [`secret=wrong&id=${draft.id}`, `id=${draft.id}`, `secret=&id=${draft.id}`, `secret=${SECRET}x&id=${draft.id}`]) {
      const res = await request.get(`/api/preview?${q}`, { maxRedirects: 0 });
      expect(res.status(), q).toBe(401);
      expect(await res.text()).not.toMatch(/secret|PREVIEW/i);
      expect(res.headers()['set-cookie'] ?? '').not.toMatch(/__prerender_bypass/);
    }
  });

  test('an unknown or hostile id gets 404, and extra parameters never steer the redirect', async ({ request }) => {
    for (const id of ['no-such-story', '../../etc/passwd', 'https://evil.example.com', '%2F%2Fevil.example.com']) {
      const res = await request.get(`/api/preview?secret=${SECRET}&id=${id}`, { maxRedirects: 0 });
      expect(res.status(), id).toBe(404);
    }
    const { draft } = hidden();
    const res = await request.get(`/api/preview?secret=${SECRET}&id=${draft.id}&redirect=https://evil.example.com&next=//evil.example.com&slug=/x`, { maxRedirects: 0 });
    expect(res.headers().location).toBe(articleUrl(draft));
  });
});

test.describe('a session that is gone', () => {
  /** Preview on in a browser, then `change` applied to its cookies. */
  async function previewThen(page: import('@playwright/test').Page, change: (ctx: import('@playwright/test').BrowserContext) => Promise<void>) {
    await page.goto(`/api/preview?secret=${SECRET}&id=${hidden().draft.id}`);
    await expect(page.getByTestId('preview-banner')).toBeVisible();
    await change(page.context());
  }

  async function expectReaderOnly(page: import('@playwright/test').Page) {
    const { draft, scheduled } = hidden();
    for (const a of [draft, scheduled]) expect((await page.goto(articleUrl(a)))!.status(), a.id).toBe(404);
    expect((await page.goto('/en/preview'))!.status()).toBe(404);
    await page.goto(`/${draft.locale}/${draft.section}`);
    await expect(page.getByTestId('preview-banner')).toHaveCount(0);
    await expect(page.locator(`[data-id="${draft.id}"]`)).toHaveCount(0);
    expect((await page.request.get(`/api/preview/version?id=${draft.id}`)).status()).toBe(401);
    // Both cookies have been cleared by the first page that found the session gone.
    const names = (await page.context().cookies()).map((c) => c.name);
    expect(names).not.toContain('__prerender_bypass');
    expect(names).not.toContain('sahifa_preview');
  }

  test('Next’s draft cookie alone shows nothing unpublished', async ({ page }) => {
    await previewThen(page, (ctx) => ctx.clearCookies({ name: 'sahifa_preview' }));
    await expectReaderOnly(page);
  });

  test('an expired or forged session cookie shows nothing unpublished', async ({ page, baseURL }) => {
    for (const value of [signSession(SECRET, Date.now() - 9 * 3600_000, 8 * 3600_000), signSession('not-the-secret'), `${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(43)}`]) {
      await previewThen(page, (ctx) => ctx.addCookies([{ name: 'sahifa_preview', value, url: baseURL! }]));
      await expectReaderOnly(page);
    }
  });
});

test.describe('leaving preview', () => {
  test('clears both cookies, and a bad or hostile Referer only ever sends the editor home', async ({ baseURL }) => {
    const base = baseURL!;
    const host = new URL(base).host;
    const cases: [string | undefined, string][] = [
      [undefined, '/'],
      ['x', '/'],
      ['http://', '/'],
      ['%', '/'],
      [`http://${host}//evil.example/x`, '/'],
      [`http://${host}/\\evil.example`, '/'],
      ['https://evil.example/ar/news', '/'],
      [`http://${host}/ar/preview`, '/'],
      [`http://${host}/en/news`, '/en/news'],
    ];
    for (const [referer, want] of cases)
      for (const method of ['GET', 'POST']) {
        const res = await send(`${base}/api/preview/exit`, { method, headers: referer === undefined ? {} : { Referer: referer } });
        expect(res.status, `${method} ${referer}`).toBe(303);
        expect(res.headers.location, `${method} ${referer}`).toBe(want);
        const cookies = setCookies(res.headers);
        for (const name of ['__prerender_bypass', 'sahifa_preview']) expect(cookies.get(name), name).toMatch(/Expires=Thu, 01 Jan 1970/);
      }
  });
});

test.describe('in preview', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/api/preview?secret=${SECRET}&id=${hidden().draft.id}`);
  });

  test('a draft shows with its banner and mark, never cached or indexed', async ({ page }) => {
    const { draft } = hidden();
    await expect(page).toHaveURL(new RegExp(`${articleUrl(draft)}$`));
    await expect(page.getByTestId('preview-banner')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(draft.title);
    await expect(page.getByTestId('headline').getByTestId('status-badge')).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const res = await page.request.get(articleUrl(draft));
    expect(res.headers()['cache-control']).toMatch(/no-store/);
    expect(res.headers()['x-robots-tag']).toMatch(/noindex/);
    await expectAxeClean(page);
  });

  test('drafts and scheduled stories appear in lists, marked', async ({ page }) => {
    const { draft, scheduled } = hidden();
    await page.goto(`/ar/${draft.section}`);
    await expect(page.locator(`[data-id="${draft.id}"]`).first().getByTestId('status-badge')).toBeVisible();
    await page.goto(`/${scheduled.locale}/${scheduled.section}`);
    await expect(page.locator(`[data-id="${scheduled.id}"]`).first().getByTestId('status-badge')).toBeVisible();
  });

  test('the editors’ desk lists drafts and scheduled stories with links', async ({ page }) => {
    await page.goto('/en/preview');
    const store = demoStore();
    const cards = page.getByTestId('desk-story');
    await expect(cards).toHaveCount(store.unpublished().length);
    const { scheduled } = hidden();
    await expect(page.locator(`[data-testid="desk-story"][data-id="${scheduled.id}"] h2 a`)).toHaveAttribute('href', articleUrl(scheduled));
    await expectAxeClean(page);
  });

  test('exit is a POST button that ends preview', async ({ page, context }) => {
    await page.getByTestId('preview-exit').click();
    await expect(page.getByTestId('preview-banner')).toHaveCount(0);
    expect((await context.cookies()).some((c) => (c.name === '__prerender_bypass' || c.name === 'sahifa_preview') && c.value)).toBe(false);
    // The exit is never a link (a prefetch could follow it).
    expect(await page.locator('a[href*="/api/preview/exit"]').count()).toBe(0);
  });
});

test('the desk is not there for readers', async ({ request }) => {
  expect((await request.get('/ar/preview')).status()).toBe(404);
});

/** Every reader-facing URL: pages, feeds, sitemaps, the load-more API. */
async function readerUrls(request: APIRequestContext): Promise<string[]> {
  const store = demoStore();
  const reader = { preview: false, now: Date.now() };
  const urls = ['/ar', '/en', '/ar/rss.xml', '/en/rss.xml', '/sitemap.xml', '/sitemaps/0.xml', '/sitemaps/1.xml', '/news-sitemap.xml', '/robots.txt'];
  for (const s of store.sections())
    for (const l of ['ar', 'en']) urls.push(`/${l}/${s.id}`, `/${l}/${s.id}/rss.xml`, `/api/sections/${l}/${s.id}?page=1`);
  for (const a of store.all({}, reader).slice(0, 25)) urls.push(articleUrl(a));
  for (const a of store.unpublished()) urls.push(`/api/search?locale=${a.locale}&q=${encodeURIComponent(a.title.split(/\s+/).slice(0, 3).join(' '))}`, `/${a.locale}/search?q=${encodeURIComponent(a.title)}`);
  void request;
  return urls;
}

for (const withPreviewOpen of [false, true]) {
  test(`nothing unpublished leaks to readers${withPreviewOpen ? ', even after an editor previewed it' : ''}`, async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const { draft, scheduled } = hidden();
    const store = demoStore();
    const secret = store.unpublished();
    if (withPreviewOpen) {
      // An editor reads every page in preview first, so preview renders are made.
      const editor = await browser.newContext();
      const page = await editor.newPage();
      await page.goto(`/api/preview?secret=${SECRET}&id=${draft.id}`);
      for (const path of ['/ar', '/en', `/ar/${draft.section}`, `/${scheduled.locale}/${scheduled.section}`, '/ar/rss.xml']) await page.goto(path);
      await editor.close();
    }
    const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    for (const url of await readerUrls(request)) {
      const res = await request.get(url);
      const body = await res.text();
      for (const a of secret) {
        expect(body.includes(`/${a.id}"`) || body.includes(`/${a.id}<`) || body.includes(`"${a.id}"`), `${url} leaks ${a.id}`).toBe(false);
        // A search page repeats its query, so there only the story's address counts.
        if (!url.includes('search?')) expect(body.includes(a.title), `${url} leaks the title of ${a.id}`).toBe(false);
      }
    }
    for (const a of secret) expect((await request.get(articleUrl(a))).status(), a.id).toBe(404);
    await request.dispose();
  });
}
