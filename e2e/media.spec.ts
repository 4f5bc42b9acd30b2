// Stories' pictures (/media/…) follow their story: readers get a picture once a story
// that uses it is visible, editors in preview get every one, and no cache between them
// (browser, optimiser) ever hands an editor's copy to a reader.
import { expect, test } from '@playwright/test';
import type { Article } from '../lib/content/types';
import { articleUrl, demoStore, reader, PREVIEW_SECRET } from './fixtures';
import { send } from './http';
import { SCHEDULED } from './timed';

const SECRET = PREVIEW_SECRET;
const optimised = (src: string) => `/_next/image?url=${encodeURIComponent(src)}&w=720&q=60`;

/** The /media/ pictures of stories readers cannot see yet, and that no visible story uses. */
function unpublishedPictures(): { story: Article; src: string }[] {
  const store = demoStore();
  const visible = new Set(store.all({}, reader).flatMap((a) => pictures(a)));
  return store
    .unpublished()
    .flatMap((story) => pictures(story).map((src) => ({ story, src })))
    .filter(({ src }) => !visible.has(src));
}
const pictures = (a: Article) => [a.image?.src, ...a.body.map((b) => (b.type === 'image' ? b.src : undefined))].filter((s): s is string => !!s?.startsWith('/media/'));

test('an unpublished story’s pictures cannot be fetched by readers, directly or through the optimiser', async ({ request }) => {
  const hidden = unpublishedPictures();
  expect(hidden.length).toBeGreaterThan(1); // drafts and scheduled stories with pictures
  expect(new Set(hidden.map((h) => h.story.status))).toEqual(new Set(['draft', 'published'])); // both kinds
  expect(hidden.map((h) => h.story.id)).toContain(SCHEDULED.id); // scheduled from the servers' start (e2e/timed.ts)
  for (const { src } of hidden) {
    const direct = await request.get(src);
    expect(direct.status(), src).toBe(404);
    expect(direct.headers()['cache-control'], src).toBe('no-store');
    const viaOptimiser = await request.get(optimised(src));
    expect(viaOptimiser.status(), src).toBe(404);
  }
});

test('an editor in preview sees them, and readers still do not afterwards', async ({ browser, request }) => {
  const hidden = unpublishedPictures();
  const { story, src } = hidden.find((h) => h.story.image?.src === h.src)!;
  const editor = await browser.newContext();
  const page = await editor.newPage();
  await page.goto(`/api/preview?secret=${SECRET}&id=${story.id}`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  const hero = page.locator('article img').first();
  await hero.scrollIntoViewIfNeeded();
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  // The editor's own requests: the original and the optimiser's URL, never cacheable.
  for (const url of [src, optimised(src)]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'], url).toMatch(/^image\//);
    expect(res.headers()['cache-control'], url).toMatch(/private, no-store/);
  }
  await editor.close();
  for (const url of [src, optimised(src)]) expect((await request.get(url)).status(), url).toBe(404);
});

test('a published story’s picture is public, kept a minute at most (30 s by shared caches), directly and through the optimiser', async ({ request }) => {
  const story = demoStore().all({}, reader).find((a) => a.image?.src.startsWith('/media/'))!;
  const direct = await request.get(story.image!.src);
  expect(direct.status()).toBe(200);
  expect(direct.headers()['content-type']).toBe('image/jpeg');
  expect(direct.headers()['cache-control']).toBe('public, max-age=60, s-maxage=30');
  const etag = direct.headers().etag!;
  expect((await send(`${test.info().project.use.baseURL}${story.image!.src}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  const resized = await request.get(optimised(story.image!.src), { headers: { Accept: 'image/avif,image/webp,*/*' } });
  expect(resized.status()).toBe(200);
  expect(resized.headers()['content-type']).toMatch(/image\/(avif|webp)/);
  expect(resized.headers()['cache-control']).toBe('public, max-age=30, must-revalidate');
  // The site's share image is a plain public file.
  expect((await request.get('/media/og-default.jpg')).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('guessed, unused and hostile /media/ paths are a 404, never an error', async ({ baseURL }) => {
  for (const path of ['/media/no-such-picture.jpg', '/media/..%2F..%2Fpackage.json', '/media/%2e%2e/%2e%2e/package.json', '/media/..%5c..%5cpackage.json', '/media/sections.json', '/media/a%00.jpg', '/media/x/../../content/sections.json', `/media/${'a'.repeat(400)}.jpg`]) {
    const res = await send(`${baseURL}${path}`);
    expect(res.status, path).toBe(404);
  }
});

test('a draft’s picture answers a reader exactly as a file that was never there', async ({ request }) => {
  const { src } = unpublishedPictures()[0]!;
  const a = await request.get(src);
  const b = await request.get('/media/never-existed.jpg');
  expect([a.status(), await a.text(), a.headers()['cache-control']]).toEqual([b.status(), await b.text(), b.headers()['cache-control']]);
});

test('story pictures are plain server-rendered <img>s: widths the file has, the lead preloaded, alt text shown when one fails', async ({ browser }) => {
  const story = demoStore()
    .all({ locale: 'ar' }, reader)
    .find((a) => a.image?.src.startsWith('/media/') && a.body.some((b) => b.type === 'image' && b.src.startsWith('/media/')))!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // One body picture never arrives: the reader must see what it shows, in words.
  const broken = story.body.find((b) => b.type === 'image' && b.src.startsWith('/media/'));
  if (broken?.type !== 'image') throw new Error('the demo store has no Arabic story with a picture in its body');
  const brokenSrc = broken.src;
  await page.route((url) => url.pathname === '/_next/image' && url.searchParams.get('url') === brokenSrc, (route) => route.abort());
  await page.goto(articleUrl(story));
  const imgs = await page.locator('main img').evaluateAll((els) =>
    (els as HTMLImageElement[]).map((img) => ({
      alt: img.alt,
      width: Number(img.getAttribute('width')),
      widths: (img.getAttribute('srcset') ?? '').split(', ').filter(Boolean).map((e) => Number(e.split(' ').pop()!.replace(/w$/, ''))),
      src: img.getAttribute('src') ?? '',
      color: getComputedStyle(img).color,
    })),
  );
  expect(imgs.length).toBeGreaterThan(2);
  // Every picture here is one of the store's (/media/): each gets a srcset.
  expect(imgs.filter((img) => !img.widths.length).map((img) => img.src)).toEqual([]);
  for (const img of imgs) {
    // The list stops at the first width that covers the file (the optimiser never enlarges).
    expect(img.widths.at(-1)!, img.src).toBeGreaterThanOrEqual(img.width);
    if (img.widths.length > 1) expect(img.widths.at(-2)!, img.src).toBeLessThan(img.width);
    expect(img.src, img.alt).toContain(`w=${img.widths.at(-1)}&`);
    // next/image hid alt text (color: transparent) and needed its script to show it again.
    expect(img.color, img.alt).not.toBe('rgba(0, 0, 0, 0)');
  }
  // The lead picture is asked for from the document's head, at high priority.
  await expect(page.locator('head link[rel="preload"][as="image"][fetchpriority="high"]')).toHaveCount(1);
  // The picture that failed shows its alt text in its place.
  const failed = page.locator('main').getByAltText(broken.alt, { exact: true });
  await failed.scrollIntoViewIfNeeded();
  await expect.poll(() => failed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 0)).toBe(true);
  await context.close();
});
