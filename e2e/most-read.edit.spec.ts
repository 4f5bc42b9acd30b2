// Read counting end to end: the page's beacon, the route's answers, and "most read"
// following the reads without a rebuild. In the editing project: it changes rankings.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { articleUrl, demoStore, reader, PREVIEW_SECRET } from './fixtures';
import { beaconFrom } from './http';

const SECRET = PREVIEW_SECRET;

test('an article page sends one beacon with its id; a preview page sends none', async ({ page }) => {
  const a = demoStore().latest({ locale: 'en' }, 3, reader)[2]!;
  const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
  await page.goto(articleUrl(a));
  expect(JSON.parse((await beacon).postData()!)).toEqual({ id: a.id });

  const draft = demoStore().unpublished()[0]!;
  const sent: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/views') && sent.push(r.url()));
  await page.goto(`/api/preview?secret=${SECRET}&id=${draft.id}`);
  await page.waitForLoadState('networkidle');
  expect(sent).toEqual([]);
});

test('the beacon route refuses bad input with 4xx, never 500', async ({ request }) => {
  const draft = demoStore().unpublished()[0]!;
  const post = (data: string, type = 'text/plain') => request.post('/api/views', { data, headers: { 'Content-Type': type, 'User-Agent': 'Mozilla/5.0 e2e' } });
  expect((await post('{bad json')).status()).toBe(400);
  expect((await post('{"id": 42}')).status()).toBe(400);
  expect((await post('x'.repeat(2000))).status()).toBe(400);
  expect((await post(JSON.stringify({ id: draft.id }))).status()).toBe(404);
  expect((await post(JSON.stringify({ id: 'no-such-story' }))).status()).toBe(404);
});

test('"most read" follows real reads within a minute, without a rebuild', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const store = demoStore();
  // An older story, so that only its reads can lift it to the top.
  const a = store.latest({ locale: 'ar' }, 40, reader).at(-1)!;
  // Twelve readers: twelve loopback addresses, as the server's socket sees them (headers
  // naming other addresses are not believed).
  for (let i = 0; i < 12; i++) expect((await beaconFrom(baseURL!, `127.0.1.${i + 1}`, a.id)).status).toBe(204);
  await expect
    .poll(
      async () => {
        const html = await (await request.get('/ar')).text();
        const block = html.slice(html.indexOf('data-testid="most-read"'));
        return /data-id="([^"]+)"/.exec(block)?.[1];
      },
      { timeout: 60_000, intervals: [2000] },
    )
    .toBe(a.id);
});

test('another website cannot make its visitors count reads here; our own pages can', async ({ page, baseURL }) => {
  const a = demoStore().latest({ locale: 'en' }, 4, reader)[3]!;
  const fire = async (pageUrl: string) => {
    await page.goto(pageUrl);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/views'));
    // A text/plain beacon needs no preflight: the browser sends it to any site.
    await page.evaluate(([to, id]) => navigator.sendBeacon(to!, JSON.stringify({ id })), [`${baseURL}/api/views`, a.id]);
    return (await answer).status();
  };
  // Our files now carry a Content-Security-Policy that lets no page of theirs send anything, so
  // the pages that send here are blank ones with no policy: another website's, served from
  // loopback (http://localhost:<another port>: another origin and site than 127.0.0.1; a page
  // the browser made up itself would be "public" and its request to loopback refused by the
  // browser before our check), and one of our origin, answered by the browser.
  const other = http.createServer((_, res) => res.end('<!doctype html><title>another site</title>'));
  await new Promise<void>((resolve) => other.listen(0, resolve));
  await page.route(/\/blank-for-beacon$/, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  try {
    expect(await fire(`http://localhost:${(other.address() as AddressInfo).port}/`)).toBe(403);
  } finally {
    other.close();
  }
  expect(await fire(`${baseURL}/blank-for-beacon`)).toBe(204);
});
