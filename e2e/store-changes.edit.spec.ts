// Edits the demo server's private copy of the store while it runs. These tests run after
// the read-only ones (the "editing" project), since they change what pages list.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Response } from '@playwright/test';
import { articleUrl, DEMO_DIR, demoStore, reader, PREVIEW_SECRET } from './fixtures';

const SECRET = PREVIEW_SECRET;

// One after another: these tests change the same store (one breaks sections.json for a while,
// which another's health check would see when both ran at once).
test.describe.configure({ mode: 'default' });
const FRESH_WITHIN_MS = 60_000;

function write(rel: string, data: unknown) {
  const file = path.join(DEMO_DIR, 'articles', rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

test('a new, an edited and a removed file reach every page that lists them, and search, within 60 s, without a restart', async ({ request }) => {
  test.setTimeout(150_000);
  const store = demoStore();
  const section = store.sections().at(-1)!;
  const [edited, removed] = store.latest({ locale: 'ar', section: section.id }, 3, reader).slice(1);
  const id = `e2e-fresh-story-${Date.now()}`;
  const started = Date.now();
  write(`e2e/${id}.json`, {
    id,
    locale: 'ar',
    status: 'published',
    section: section.id,
    title: 'خبر جديد عن زرافات أضيف أثناء تشغيل الخادم',
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    body: [{ type: 'paragraph', text: 'نص قصير لخبر جديد.' }],
  });
  const raw = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, edited!.file), 'utf8'));
  fs.writeFileSync(path.join(DEMO_DIR, edited!.file), JSON.stringify({ ...raw, title: `${raw.title} (محدث)` }));
  fs.rmSync(path.join(DEMO_DIR, removed!.file));

  const seen = { added: 0, edited: 0, removed: 0, searchable: 0 };
  await expect
    .poll(
      async () => {
        const [list, art, gone, found] = await Promise.all([
          request.get(`/ar/${section.id}`),
          request.get(articleUrl(edited!)),
          request.get(articleUrl(removed!)),
          request.get(`/api/search?locale=ar&q=${encodeURIComponent('زرافات')}`),
        ]);
        if (!seen.searchable && (await found.text()).includes(id)) seen.searchable = Date.now() - started;
        const html = await list.text();
        if (!seen.added && html.includes(id)) seen.added = Date.now() - started;
        if (!seen.edited && (await art.text()).includes('(محدث)')) seen.edited = Date.now() - started;
        if (!seen.removed && gone.status() === 404 && !html.includes(`/${removed!.id}"`)) seen.removed = Date.now() - started;
        return Boolean(seen.added && seen.edited && seen.removed && seen.searchable);
      },
      { timeout: FRESH_WITHIN_MS, intervals: [2000] },
    )
    .toBe(true);
  console.log(`store changes seen after (ms): ${JSON.stringify(seen)}`);
});

test('an open preview refreshes by itself when its file changes', async ({ page }) => {
  const draft = demoStore()
    .unpublished()
    .find((a) => a.status === 'draft')!;
  await page.goto(`/api/preview?secret=${SECRET}&id=${draft.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(draft.title);
  const file = path.join(DEMO_DIR, draft.file);
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  // The page asks for the story's version every second; the event is the first answer that
  // carries the edit, and the page must refresh from it by itself (no reload here).
  const polled = async (r: Response) => r.url().includes('/api/preview/version') && r.ok();
  const before = await (await page.waitForResponse(polled)).json();
  const changed = page.waitForResponse(async (r) => (await polled(r)) && (await r.json()).version !== before.version, { timeout: 30_000 });
  fs.writeFileSync(file, JSON.stringify({ ...raw, title: 'عنوان معدل في المعاينة الحية' }));
  await changed;
  await expect(page.getByRole('heading', { level: 1 })).toContainText('عنوان معدل في المعاينة الحية');
});

test('the editors’ desk shows why a broken file is missing from the site', async ({ page }) => {
  write('e2e/broken-story.json', { id: 'broken-story', locale: 'ar', status: 'draft', section: 'no-such-section', title: 'x', publishedAt: 'yesterday', body: [] });
  await page.goto(`/api/preview?secret=${SECRET}&id=${demoStore().unpublished()[0]!.id}`);
  await expect
    .poll(async () => {
      await page.goto('/en/preview');
      return page.getByTestId('desk-problems').locator('tr', { hasText: 'articles/e2e/broken-story.json' }).count();
    })
    .toBeGreaterThan(0);
  await expect(page.getByTestId('desk-problems')).toContainText('publishedAt');
});

test('an editor’s mistakes: an invalid story leaves the site, a broken sections.json keeps it up', async ({ request }) => {
  test.setTimeout(120_000);
  const store = demoStore();
  const victim = store.latest({ locale: 'en' }, 3, reader)[2]!;
  const file = path.join(DEMO_DIR, victim.file);
  const raw = fs.readFileSync(file, 'utf8');
  // A typo while unpublishing: the story is no longer valid, so readers lose it, as after a restart.
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(raw), status: 'withdrawn' }));
  await expect.poll(async () => (await request.get(articleUrl(victim))).status(), { timeout: 60_000, intervals: [2000] }).toBe(404);
  await expect.poll(async () => (await (await request.get('/en/rss.xml')).text()).includes(`/${victim.id}<`), { timeout: 60_000, intervals: [2000] }).toBe(false);
  fs.writeFileSync(file, raw);

  const sectionsFile = path.join(DEMO_DIR, 'sections.json');
  const sections = fs.readFileSync(sectionsFile, 'utf8');
  fs.writeFileSync(sectionsFile, sections.slice(0, Math.floor(sections.length / 2))); // caught half-saved
  try {
    await expect.poll(async () => (await (await request.get('/api/health')).json()).detail ?? '', { timeout: 10_000 }).toMatch(/sections\.json/);
    const section = store.sections()[0]!;
    const [home, feed] = await Promise.all([request.get('/en?fresh=1'), request.get(`/en/${section.id}`)]);
    expect(home.status()).toBe(200);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('data-testid="section-title"');
  } finally {
    fs.writeFileSync(sectionsFile, sections);
  }
  await expect.poll(async () => (await (await request.get('/api/health')).json()).detail, { timeout: 10_000 }).toBeUndefined();
});

test('the health check says the site is up, and nothing about its stories', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  expect(await res.json()).toEqual({ ok: true });
});
