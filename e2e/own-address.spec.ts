// The README's quick start: a server with SITE_URL unset, opened at whatever address the
// reader uses (127.0.0.1, localhost, a LAN address). Our own pages' read beacons count and
// the "always lite" form works from each; another origin is still refused.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import ar from '../messages/ar.json';
import type { Server } from '../scripts/lib/server';
import { articleUrl, demoStore, reader } from './fixtures';
import { send } from './http';
import { startApp } from './servers';

let app: Server;
const DATA = path.resolve('.e2e', 'own-address', 'data');

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'a server check: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(DATA, { recursive: true, force: true });
  // startApp leaves SITE_URL empty: the quick start's `npm run serve`.
  app = await startApp('own-address', { VIEWS_FLUSH_MS: '100' });
});
test.afterAll(async () => {
  await app?.stop();
});

/** Reads of `id` as the server has written them to DATA_DIR. */
function countOf(id: string): number {
  try {
    const snap = JSON.parse(fs.readFileSync(path.join(DATA, 'views.json'), 'utf8')) as { days: Record<string, Record<string, Record<string, number>>> };
    return Object.values(snap.days).reduce((n, locales) => n + Object.values(locales).reduce((m, ids) => m + (ids[id] ?? 0), 0), 0);
  } catch {
    return 0;
  }
}

const hosts = () => [`127.0.0.1:${app.port}`, `localhost:${app.port}`];

async function readAt(browser: Browser, base: string, id: string, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/views'));
  await page.goto(base + url);
  const res = await answered;
  await context.close();
  return res.status();
}

test('a page opened at 127.0.0.1 or at localhost counts its read', async ({ browser }) => {
  const stories = demoStore().latest({ locale: 'ar' }, 6, reader).slice(-2);
  for (const [i, host] of hosts().entries()) {
    const story = stories[i]!;
    expect(countOf(story.id)).toBe(0);
    expect(await readAt(browser, `http://${host}`, story.id, articleUrl(story)), host).toBe(204);
    await expect.poll(() => countOf(story.id), { timeout: 10_000, message: `read at ${host} counted` }).toBe(1);
  }
});

test('the beacon answer hands the browser a reader token that only the beacon route ever sees', async ({ browser }) => {
  const [first, second] = demoStore().latest({ locale: 'en' }, 8, reader).slice(-2);
  const context = await browser.newContext();
  const page = await context.newPage();
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/views'));
  const doc = await page.goto(`${app.url}${articleUrl(first!)}`);
  expect((await doc!.allHeaders())['set-cookie'] ?? '').not.toMatch(/sahifa_reader/); // cached pages set no cookie
  expect((await (await answered).allHeaders())['set-cookie']).toMatch(/sahifa_reader=/);
  const token = (await context.cookies()).find((c) => c.name === 'sahifa_reader');
  expect(token).toMatchObject({ path: '/api/views', httpOnly: true, sameSite: 'Lax', secure: false });
  // The next page is requested without it; its beacon carries it.
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/views'));
  const nav = page.waitForRequest((r) => r.isNavigationRequest());
  await page.goto(`${app.url}${articleUrl(second!)}`);
  expect((await (await nav).allHeaders()).cookie ?? '').not.toMatch(/sahifa_reader/);
  expect((await (await sent).allHeaders()).cookie).toMatch(new RegExp(`sahifa_reader=${token!.value.replace(/[.]/g, '\\.')}`));
  await context.close();
});

test('the "always lite" form works at 127.0.0.1 and at localhost', async ({ browser }) => {
  const story = demoStore().latest({ locale: 'ar' }, 1, reader)[0]!;
  const lite = `/ar/lite/${story.section}/${story.id}`;
  for (const host of hosts()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://${host}${lite}`);
    await page.getByRole('button', { name: ar.Lite.alwaysLite }).click();
    await expect(page, host).toHaveURL(`http://${host}${lite}`);
    expect((await context.cookies()).find((c) => c.name === 'sahifa_lite')?.value, host).toBe('1');
    await page.goto(`http://${host}${articleUrl(story)}`);
    await expect(page, host).toHaveURL(`http://${host}${lite}`);
    await context.close();
  }
});

test('another origin is refused, whichever address the app is reached at', async () => {
  const story = demoStore().latest({ locale: 'en' }, 5, reader).at(-1)!;
  for (const host of hosts()) {
    const url = `http://${host}`;
    const forged = { Origin: 'http://evil.example', Host: host };
    const beacon = await send(`${url}/api/views`, { method: 'POST', headers: { ...forged, 'Content-Type': 'text/plain' }, body: JSON.stringify({ id: story.id }) });
    expect(beacon.status, host).toBe(403);
    const form = await send(`${url}/api/lite`, { method: 'POST', headers: { ...forged, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'lite=always&back=%2Far%2Flite' });
    expect(form.status, host).toBe(403);
    // The page of one address is another origin for the other.
    const other = host.startsWith('127.') ? `http://localhost:${app.port}` : `http://127.0.0.1:${app.port}`;
    expect((await send(`${url}/api/views`, { method: 'POST', headers: { Origin: other, 'Content-Type': 'text/plain' }, body: JSON.stringify({ id: story.id }) })).status, host).toBe(403);
  }
  expect(countOf(story.id)).toBe(0);
});
