// Share links of drafts (lib/preview/share), on the main demo server: an editor makes one
// on the desk, anyone opens it in a browser with no cookies, the editor revokes it; what
// the API says to bad input; what an ended, forged or altered link answers. Instances,
// the edge, expiry and a changed secret: share-cluster.spec.ts.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import type { Article } from '../lib/content/types';
import { articleUrl, demoStore, expectAxeClean, expectNoOverflow, PREVIEW_SECRET } from './fixtures';

const SECRET = PREVIEW_SECRET;

const drafts = () => demoStore().unpublished().filter((a) => a.status === 'draft');
const draftWithPicture = (): Article => drafts().find((a) => a.image?.src.startsWith('/media/'))!;

/** A browser context in preview, and its request API (cookies shared). */
async function editor(browser: Browser) {
  const context = await browser.newContext();
  const res = await context.request.get(`/api/preview?secret=${SECRET}&locale=en`, { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  return context;
}

async function share(request: APIRequestContext, form: Record<string, string>) {
  return request.post('/api/preview/share', { form, maxRedirects: 0 });
}

test.describe('share links, in a browser', () => {
  test('made on the desk, opened with no cookies as preview shows it (pictures too), never stored or indexed, then revoked', async ({ browser, baseURL }, info) => {
    test.skip(info.project.name === 'mobile', 'the desk at phone width: reader-views.spec.ts; the shared page on a phone: the next test');
    test.setTimeout(90_000);
    // Other tests share this story at the same time: this test's link is the one with its name.
    const name = `Salma (${info.project.name})`;
    const draft = draftWithPicture();
    const ed = await editor(browser);
    const desk = await ed.newPage();
    await desk.goto('/en/preview');
    const card = desk.locator(`[data-testid="desk-story"][data-id="${draft.id}"]`);
    await card.getByText('Share this draft').click();
    await card.getByLabel('Your name').fill(name);
    await card.getByLabel('The link works for').selectOption('24');
    await card.getByRole('button', { name: 'Make a share link' }).click();
    await expect(desk).toHaveURL(new RegExp(`/en/preview#links-${draft.id}$`));
    const listed = card.getByTestId('share-link').filter({ hasText: name });
    await expect(listed).toHaveCount(1);
    const url = await listed.getByRole('textbox').inputValue();
    const path = new URL(url).pathname;
    expect(path).toMatch(new RegExp(`^/${draft.locale}/shared/${draft.id}\\.\\d+\\.[\\w-]{22}\\.[\\w-]{43}$`));
    // The name is asked once: the next link is signed with it, as given.
    const next = desk.locator(`[data-testid="desk-story"]:not([data-id="${draft.id}"])`).first();
    await next.getByText('Share this draft').click();
    await expect(next.getByLabel('Your name')).toHaveCount(0);
    await next.getByRole('button', { name: 'Make a share link' }).click();
    const second = desk.locator(`[data-testid="desk-story"][data-id="${await next.getAttribute('data-id')}"]`).getByTestId('share-link').filter({ hasText: name });
    await expect(second).toHaveCount(1);
    await second.getByTestId('revoke').click();
    await expectAxeClean(desk);

    // Anyone: a new browser, no cookies, no secret.
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    const pictures: { url: string; status: number; cache: string }[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'image' && r.url().startsWith(baseURL!)) pictures.push({ url: r.url(), status: r.status(), cache: r.headers()['cache-control'] ?? '' });
    });
    const res = await page.goto(path);
    expect(res!.status()).toBe(200);
    const headers = res!.headers();
    expect(headers['cache-control']).toMatch(/private/);
    expect(headers['cache-control']).toMatch(/no-store/);
    expect(headers['x-robots-tag']).toMatch(/noindex/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByTestId('shared-banner')).toBeVisible();
    await expect(page.getByTestId('headline')).toContainText(draft.title);
    await expect(page.getByTestId('preview-banner')).toHaveCount(0);
    await expect(page.getByTestId('story-tools')).toHaveCount(0);
    await expect(page.locator('a[href$="/preview"]')).toHaveCount(0);
    // The lead picture shows, through the link's own path, and is never stored.
    const hero = page.getByTestId('hero').locator('img');
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    const heroPictures = pictures.filter((p) => decodeURIComponent(p.url).includes('/media/_shared/'));
    expect(heroPictures.length).toBeGreaterThan(0);
    for (const p of heroPictures) {
      expect(p.status).toBe(200);
      expect(p.cache).toMatch(/no-store/);
    }
    // No other draft anywhere on the page, no live refresh.
    const html = await page.content();
    for (const other of demoStore().unpublished().filter((a) => a.id !== draft.id)) expect(html.includes(other.title), other.id).toBe(false);
    expect(html).not.toContain('/api/preview/version');
    expect(await stranger.cookies()).toEqual([]);
    await expectAxeClean(page);
    await expectNoOverflow(page);

    // Readers still see nothing of it.
    const readers = stranger.request;
    expect((await readers.get(articleUrl(draft))).status()).toBe(404);
    expect((await readers.get(draft.image!.src)).status()).toBe(404);

    // Revoked on the desk: the link and its pictures end at once.
    await desk.reload();
    await listed.getByTestId('revoke').click();
    await expect(listed).toHaveCount(0);
    const ended = await page.goto(path);
    expect(ended!.status()).toBe(410);
    expect(ended!.headers()['cache-control']).toMatch(/no-store/);
    // In the link's language.
    await expect(page.locator('h1')).toHaveText(draft.locale === 'ar' ? 'انتهت صلاحية هذا الرابط' : 'This link has ended');
    expect(await page.content()).not.toContain(draft.title);
    await expectAxeClean(page);
    expect((await readers.get(heroPictures[0]!.url)).status()).toBe(404);
    await stranger.close();
    await ed.close();
  });

  test('made from the preview banner on the story, in Arabic', async ({ browser }) => {
    const draft = drafts().find((a) => a.locale === 'ar')!;
    const ed = await editor(browser);
    const page = await ed.newPage();
    await page.goto(articleUrl(draft));
    const tools = page.getByTestId('story-tools');
    await tools.getByText('مشاركة هذه المسودة').click();
    await tools.getByLabel('اسمك').fill('سلمى');
    await tools.getByRole('button', { name: 'إنشاء رابط مشاركة' }).click();
    const url = await page.locator(`#links-${draft.id} input`).first().inputValue();
    const stranger = await browser.newContext();
    const shared = await stranger.newPage();
    expect((await shared.goto(new URL(url).pathname))!.status()).toBe(200);
    await expect(shared.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(shared.getByTestId('shared-banner')).toContainText('مسودة غير منشورة');
    await expectAxeClean(shared);
    await stranger.close();
    await ed.close();
  });
});

test.describe('share links over HTTP', () => {
  test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

  test('the API: JSON { url, expiresAt }, 48 hours by default, 1 to 168', async ({ browser }) => {
    const ed = await editor(browser);
    const draft = drafts()[0]!;
    const before = Date.now();
    const res = await share(ed.request, { id: draft.id });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toMatch(/no-store/);
    const { url, expiresAt } = (await res.json()) as { url: string; expiresAt: string };
    expect(Math.abs(Date.parse(expiresAt) - (before + 48 * 3_600_000))).toBeLessThan(120_000);
    expect(new URL(url).pathname.startsWith(`/${draft.locale}/shared/${draft.id}.`)).toBe(true);
    const json = await ed.request.post('/api/preview/share', { data: { id: draft.id, hours: 168 } });
    expect(json.status()).toBe(200);
    expect(Math.abs(Date.parse(((await json.json()) as { expiresAt: string }).expiresAt) - (Date.now() + 168 * 3_600_000))).toBeLessThan(120_000);
    expect((await ed.request.post('/api/preview/share/revoke', { form: { url } })).status()).toBe(200);
    await ed.close();
  });

  test('bad input: a clear 4xx with a reason, never a 500', async ({ browser, playwright, baseURL }) => {
    const draft = drafts()[0]!;
    const nobody = await playwright.request.newContext({ baseURL });
    const noSession = await share(nobody, { id: draft.id });
    expect(noSession.status()).toBe(401);
    expect(((await noSession.json()) as { error: string }).error).toMatch(/preview session/);
    expect((await nobody.post('/api/preview/share/revoke', { form: { url: '/ar/shared/x' } })).status()).toBe(401);
    await nobody.dispose();

    const ed = await editor(browser);
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ id: 'no-such-story-anywhere' }, 404, /unknown id/],
      [{ id: '../../etc/passwd' }, 404, /unknown id/],
      [{}, 400, /id is missing/],
      [{ id: draft.id, hours: '0' }, 400, /hours/],
      [{ id: draft.id, hours: '169' }, 400, /hours/],
      [{ id: draft.id, hours: '2.5' }, 400, /hours/],
      [{ id: draft.id, hours: 'soon' }, 400, /hours/],
      [{ id: draft.id, name: 'x'.repeat(61) }, 400, /name/],
    ];
    for (const [form, status, reason] of cases) {
      const res = await share(ed.request, form);
      expect(res.status(), JSON.stringify(form)).toBe(status);
      expect(((await res.json()) as { error: string }).error, JSON.stringify(form)).toMatch(reason);
    }
    const foreign = await ed.request.post('/api/preview/share', { form: { id: draft.id }, headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(foreign.status()).toBe(403);
    expect((await ed.request.post('/api/preview/share', { data: 'not json', headers: { 'Content-Type': 'application/json' } })).status()).toBe(400);
    expect((await ed.request.post('/api/preview/share', { data: 'id=x', headers: { 'Content-Type': 'text/plain' } })).status()).toBe(415);

    const made = (await (await share(ed.request, { id: draft.id, hours: '1' })).json()) as { url: string };
    const [head, , link, mac] = new URL(made.url).pathname.split('/')[3]!.split('.');
    const revoke = (url: string) => ed.request.post('/api/preview/share/revoke', { form: { url } });
    expect((await revoke('')).status()).toBe(400);
    expect((await revoke('https://example.com/nothing')).status()).toBe(400);
    // Well formed, but never made here (another link id, so another MAC).
    expect((await revoke(`/ar/shared/${head}.${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(22)}.${mac}`)).status()).toBe(404);
    expect((await revoke(made.url)).status()).toBe(200);
    // Revoked already: it does not exist any more.
    const again = await revoke(made.url);
    expect(again.status()).toBe(404);
    expect(((await again.json()) as { error: string }).error).toMatch(/no such/);
    void link;
    await ed.close();
  });

  test('an ended, forged or altered link answers the plain ended page (410) in its language, never the story', async ({ browser, playwright, baseURL }) => {
    const draft = drafts().find((a) => a.locale === 'en') ?? drafts()[0]!;
    const ed = await editor(browser);
    const { url } = (await (await share(ed.request, { id: draft.id })).json()) as { url: string };
    await ed.close();
    const path = new URL(url).pathname;
    const token = path.split('/')[3]!;
    const [id, exp, link, mac] = token.split('.') as [string, string, string, string];
    const other = drafts().find((a) => a.id !== id)!;
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
    const reader = await playwright.request.newContext({ baseURL });
    expect((await reader.get(path)).status()).toBe(200);
    const bad = [
      `${other.id}.${exp}.${link}.${mac}`, // another story
      `${id}.${Number(exp) + 3600}.${link}.${mac}`, // stretched
      `${id}.${exp}.${flip(link)}.${mac}`, // another link
      `${id}.${exp}.${link}.${flip(mac)}`, // forged
      'nothing',
      `${id}.${exp}.${link}`,
    ];
    for (const locale of ['ar', 'en'] as const)
      for (const t of bad) {
        const res = await reader.get(`/${locale}/shared/${encodeURIComponent(t)}`);
        const body = await res.text();
        expect(res.status(), t).toBe(410);
        expect(res.headers()['cache-control']).toMatch(/no-store/);
        expect(res.headers()['x-robots-tag']).toMatch(/noindex/);
        expect(body).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
        expect(body).toContain(locale === 'ar' ? 'انتهت صلاحية هذا الرابط' : 'This link has ended');
        expect(body.includes(draft.title) || body.includes(other.title), t).toBe(false);
      }
    // A link opened in the other language goes to its own.
    const wrong = await reader.get(path.replace(/^\/(ar|en)\//, (_m, l: string) => `/${l === 'ar' ? 'en' : 'ar'}/`), { maxRedirects: 0 });
    expect(wrong.status()).toBe(307);
    expect(wrong.headers().location).toContain(path);
    // Pictures of another story, or any file, through a live link: none.
    expect((await reader.get(`/media/_shared/${token}/${'x.jpg'}`)).status()).toBe(404);
    await reader.dispose();
  });

  test('shared links stay out of readers’ pages, sitemaps and feeds', async ({ browser, playwright, baseURL }) => {
    const draft = draftWithPicture();
    const ed = await editor(browser);
    const { url } = (await (await share(ed.request, { id: draft.id })).json()) as { url: string };
    await ed.close();
    const reader = await playwright.request.newContext({ baseURL });
    expect((await reader.get(new URL(url).pathname)).status()).toBe(200);
    const token = new URL(url).pathname.split('/')[3]!;
    for (const u of ['/ar', '/en', '/sitemap.xml', '/sitemaps/0.xml', '/news-sitemap.xml', '/ar/rss.xml', '/en/rss.xml', `/${draft.locale}/${draft.section}`]) {
      const body = await (await reader.get(u)).text();
      expect(body.includes(token) || body.includes('/shared/'), u).toBe(false);
      expect(body.includes(draft.title), u).toBe(false);
    }
    expect(await (await reader.get('/robots.txt')).text()).not.toContain(token);
    await reader.dispose();
  });
});
