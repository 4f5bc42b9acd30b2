// Preview state belongs to the editor: another website cannot end it (a link, a picture, a
// fetch that carries Next's SameSite=None draft cookie but not ours), wrong secrets are
// limited per address, and a server refuses to start with a secret too short to sign with.
// A server of its own; desktop project only.
import { expect, test } from '@playwright/test';
import type { Server } from '../scripts/lib/server';
import { freePort } from '../scripts/lib/server';
import { articleUrl, demoStore } from './fixtures';
import { send, setCookies } from './http';
import { startApp, startExpectingExit } from './servers';

const SECRET = 'guard-preview-secret-of-32-characters-x';
let app: Server;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'a server check: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startApp('preview-guard', { PREVIEW_SECRET: SECRET });
});
test.afterAll(async () => {
  await app?.stop();
});

const draft = () => demoStore().unpublished().find((a) => a.status === 'draft' && a.locale === 'ar')!;

/** A fresh session's cookies, as a Cookie header. */
async function session(): Promise<string> {
  const on = await send(`${app.url}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${SECRET}&id=${draft().id}` });
  expect(on.status).toBe(303);
  return [...setCookies(on.headers).values()].map((l) => l.split(';')[0]).join('; ');
}
const draftOnly = (cookie: string) => cookie.split('; ').filter((c) => c.startsWith('__prerender_bypass=')).join('; ');
const inPreview = async (cookie: string) => (await send(app.url + articleUrl(draft()), { headers: { Cookie: cookie } })).status === 200;

test('another site cannot end a preview: a link, a form, a picture, a fetch', async () => {
  const cookie = await session();
  const attempts: [string, string, Record<string, string>][] = [
    ['GET', '/api/preview/exit', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' }],
    ['POST', '/api/preview/exit', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', Origin: 'https://evil.example' }],
    ['POST', '/api/preview/exit', { Origin: 'https://evil.example' }],
    ['GET', '/api/preview/exit', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'image' }],
    ['GET', '/api/preview/exit', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' }],
  ];
  for (const [method, path, headers] of attempts) {
    const res = await send(app.url + path, { method, headers: { ...headers, Cookie: cookie } });
    const what = `${method} ${JSON.stringify(headers)}`;
    expect(res.status, what).toBe(403);
    expect(res.headers['set-cookie'], what).toBeUndefined();
  }
  // A third-party picture of a page: the draft cookie without ours. A reader's page, cookies untouched.
  const picture = await send(`${app.url}/ar`, { headers: { Cookie: draftOnly(cookie), 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'image' } });
  expect(picture.status).toBe(200);
  expect(picture.headers['set-cookie'] ?? []).toEqual([]);
  expect(picture.headers['x-preview-ended']).toBeUndefined();
  expect(await inPreview(cookie)).toBe(true);
  // Our own page's button (a same-origin form) still ends it, and so does an editor typing the address.
  const ours: [string, Record<string, string>][] = [
    ['POST', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'navigate', Origin: app.url }],
    ['GET', { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' }],
  ];
  for (const [method, headers] of ours) {
    const c = await session();
    const exit = await send(`${app.url}/api/preview/exit`, { method, headers: { ...headers, Cookie: c } });
    expect(exit.status).toBe(303);
    expect(setCookies(exit.headers).get('sahifa_preview')).toMatch(/Expires=Thu, 01 Jan 1970/);
  }
});

test('in a browser: another site’s picture and link leave the editor in preview', async ({ page }) => {
  await page.goto(`${app.url}/api/preview?secret=${SECRET}&id=${draft().id}`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  // http://localhost:PORT is another site than http://127.0.0.1:PORT.
  const elsewhere = `http://localhost:${app.port}/robots.txt`;
  await page.goto(elsewhere);
  const seen: string[] = [];
  // The browser sends the request (with the draft cookie, SameSite=None), then blocks the HTML (ORB).
  page.on('requestfinished', (r) => seen.push(r.url()));
  page.on('requestfailed', (r) => seen.push(r.url()));
  await page.setContent(`<img src="${app.url}/ar" alt=""><a href="${app.url}/api/preview/exit">exit</a>`);
  expect(seen).toContain(`${app.url}/ar`);
  const exit = page.waitForResponse((r) => r.url().endsWith('/api/preview/exit'));
  await page.getByRole('link', { name: 'exit' }).click();
  expect((await exit).status()).toBe(403);
  await page.goto(app.url + articleUrl(draft()));
  await expect(page.getByTestId('preview-banner')).toBeVisible();
});

test('wrong secrets are limited per address (429 with Retry-After); the right one still works elsewhere', async () => {
  const form = (secret: string, from: string) =>
    send(`${app.url}/api/preview`, { method: 'POST', from, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${secret}&id=${draft().id}` });
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) statuses.push((await form(`guess-${i}`, '127.0.0.61')).status);
  // A burst of 20, then one every 3 s: well under 40 in the time the 40 took.
  expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(20);
  expect(statuses.filter((s) => s === 401).length).toBeLessThan(30);
  expect(statuses.at(-1)).toBe(429);
  const limited = await form(SECRET, '127.0.0.61');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  // Another address is not held back by the first one's guesses.
  expect((await form(SECRET, '127.0.0.62')).status).toBe(303);
});

test('a PREVIEW_SECRET under 32 characters stops the server at start, saying how to make one', async () => {
  test.setTimeout(90_000);
  const { code, output } = await startExpectingExit({ PREVIEW_SECRET: 'short-secret', DATA_DIR: '.e2e/preview-guard/short-data' }, await freePort());
  expect(code).toBe(1);
  expect(output).toMatch(/PREVIEW_SECRET has 12 characters; it needs at least 32/);
  expect(output).toMatch(/openssl rand/);
});
