// deploy/nginx.conf as it ships, on HTTPS (a throwaway local CA, scripts/lib/tls.ts) in
// front of a production server of its own, on a copy of the demo store this file may edit:
// what a reader's browser and a security scanner see at the edge (issue 25, parts 2, 4, 7).
// One server and one nginx for the whole file; desktop project only. With E2E_BACKEND=postgres
// the server reads a database that follows the copy (test:e2e:pg runs the withdrawal tests so).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FileStore } from '../lib/content/files/store';
import type { Article } from '../lib/content/types';
import ar from '../messages/ar.json';
import { productionConf, startNginx, type Nginx } from '../scripts/lib/nginx';
import { freePort, type Server } from '../scripts/lib/server';
import { makeLocalCa, type LocalCa } from '../scripts/lib/tls';
import { articleUrl, DEMO_DIR, reader } from './fixtures';
import { setCookies, type Raw } from './http';
import { startApp } from './servers';

const SECRET = 'edge-https-preview-secret-of-32-chars-or-more';
const CONTENT = path.resolve('.e2e', 'edge-https', 'content');
let app: Server;
let edge: Nginx;
let ca: LocalCa;
let site: string;
let db: { url: string; stop: () => void } | undefined;

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'the edge’s own behaviour: once is enough');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(CONTENT, { recursive: true, force: true });
  fs.cpSync(DEMO_DIR, CONTENT, { recursive: true });
  ca = makeLocalCa();
  const tlsPort = await freePort();
  site = `https://127.0.0.1:${tlsPort}`;
  db = process.env.E2E_BACKEND === 'postgres' ? await database() : undefined;
  const backend: Record<string, string> = db ? { CONTENT_BACKEND: 'postgres', DATABASE_URL: db.url } : {};
  app = await startApp('edge-https', { TRUST_PROXY: '127.0.0.1', PREVIEW_SECRET: SECRET, CONTENT_DIR: CONTENT, ...backend });
  edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${app.port}`], 'deploy/nginx.conf', { port: tlsPort, cert: ca.cert, key: ca.key }));
});
test.afterAll(async () => {
  await edge?.stop();
  await app?.stop();
  db?.stop();
  ca?.remove();
});

/** With E2E_BACKEND=postgres: a throwaway database following this file's store copy (scripts/pg-e2e.ts). */
function database(): Promise<{ url: string; stop: () => void }> {
  const pg = spawn('node_modules/.bin/tsx', ['scripts/pg-e2e.ts'], { env: { ...process.env, CONTENT_DIR: CONTENT }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    pg.stdout.on('data', (d) => {
      out += d;
      const m = /DATABASE_URL=(\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => pg.kill('SIGTERM') });
    });
    pg.on('exit', (code) => reject(new Error(`pg-e2e exited (${code})`)));
  });
}

const store = () => new FileStore(CONTENT).load();

/** A request over HTTPS that trusts the local CA only. */
function get(url: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: o.method ?? 'GET', headers: o.headers, ca: fs.readFileSync(ca.ca), agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: () => body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end(o.body);
  });
}

const directives = (csp: string | string[] | undefined) => new Map(String(csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!, v]));

/** A visible story’s picture that no other story shows: withdrawing the story withdraws it. */
function ownPicture(): { story: Article; src: string } {
  const s = store();
  for (const story of s.all({}, reader)) {
    const src = story.image?.src;
    if (src?.startsWith('/media/') && s.mediaUsers(src.slice('/media/'.length)).size === 1) return { story, src };
  }
  throw new Error('no picture shown by one story only');
}

// Part 2 of issue 25, in two steps around the other tests (the edge's copies expire meanwhile):
// readers fetch a picture and its resized copies, the story is withdrawn, the app answers 404
// within a minute; at the end, the edge does too, within its page time of the withdrawal.
const withdrawal: { at: number; copies: string[] } = { at: 0, copies: [] };
const ACCEPTS = ['image/avif,image/webp,*/*', 'image/webp,*/*', '*/*'];
const pictureStatus = async (base: string, url: string, accept: string) =>
  (base === site ? await get(site + url, { headers: { Accept: accept } }) : await fetch(base + url, { headers: { Accept: accept } })).status;

test('a withdrawn story’s picture and every resized copy answer 404 at the app within a minute', async () => {
  test.setTimeout(90_000);
  const { story, src } = ownPicture();
  const copies = [src, ...[256, 720, 1200].map((w) => `/_next/image?url=${encodeURIComponent(src)}&w=${w}&q=60`)];
  // Readers have seen them: the edge and the optimiser hold copies.
  for (const url of copies)
    for (const accept of ACCEPTS) {
      await get(site + url, { headers: { Accept: accept } });
      const again = await get(site + url, { headers: { Accept: accept } });
      expect(again.status, url).toBe(200);
      expect(again.headers['x-cache-status'], url).toBe('HIT');
      // No shared cache may keep it longer than the edge's page time, no browser over a minute.
      const cc = String(again.headers['cache-control']);
      const shared = Number((/s-maxage=(\d+)/.exec(cc) ?? /max-age=(\d+)/.exec(cc))?.[1]);
      expect(shared, `${url}: ${cc}`).toBeLessThanOrEqual(30);
      expect(Number(/(?:^|[ ,])max-age=(\d+)/.exec(cc)?.[1]), `${url}: ${cc}`).toBeLessThanOrEqual(60);
      expect(cc).not.toMatch(/immutable/);
    }
  const file = path.join(CONTENT, story.file);
  fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), status: 'draft' }));
  Object.assign(withdrawal, { at: Date.now(), copies });
  // At the app (the store sees the edit within seconds; the optimiser still holds its copies).
  for (const url of copies) for (const accept of ACCEPTS) await expect.poll(() => pictureStatus(app.url, url, accept), { timeout: 60_000, intervals: [1_000] }).toBe(404);
  expect(Date.now() - withdrawal.at).toBeLessThan(60_000);
});

test('plain HTTP only redirects to HTTPS; HTTPS answers carry HSTS and a CSP', async () => {
  const plain = await fetch(`${edge.url}/ar/lite?x=1`, { redirect: 'manual' });
  expect(plain.status).toBe(301);
  expect(plain.headers.get('location')).toBe(`${site}/ar/lite?x=1`);
  expect(directives(plain.headers.get('content-security-policy') ?? '').get('default-src')).toEqual(["'none'"]);
  for (const p of ['/ar', '/en/lite', '/ar/rss.xml', '/api/health', '/nothing-here.txt', '/media/og-default.jpg']) {
    const res = await get(site + p);
    expect(res.headers['strict-transport-security'], p).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('object-src') ?? csp.get('default-src'), p).toEqual(["'none'"]);
    expect(csp.get('base-uri'), p).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), p).toEqual(["'none'"]);
    expect(res.headers['x-content-type-options'], p).toBe('nosniff');
  }
});

test('full pages: scripts from our origin only, no eval, no plugins; lite pages and feeds: no script at all', async () => {
  const full = directives((await get(`${site}/en`)).headers['content-security-policy']);
  expect(full.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(full.get('object-src')).toEqual(["'none'"]);
  expect(full.get('form-action')).toEqual(["'self'"]);
  expect([...full.values()].flat()).not.toContain("'unsafe-eval'");
  for (const p of ['/en/lite', '/ar/lite/nothing-here', '/ar/offline', '/ar/rss.xml', '/sitemap.xml']) {
    const csp = directives((await get(site + p)).headers['content-security-policy']);
    expect(csp.get('default-src'), p).toEqual(["'none'"]);
    expect(csp.has('script-src'), p).toBe(false);
  }
});

test('cookies are Secure on HTTPS: the edge’s language cookie, the app’s lite and preview cookies', async () => {
  const page = await get(`${site}/en`, { headers: { Cookie: 'NEXT_LOCALE=ar', 'Sec-Fetch-Mode': 'navigate' } });
  expect(setCookies(page.headers).get('NEXT_LOCALE')).toMatch(/^NEXT_LOCALE=en;.*; Secure$/);
  const lite = await get(`${site}/api/lite`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site }, body: 'lite=always&back=%2Far%2Flite' });
  expect(lite.status).toBe(303);
  expect(setCookies(lite.headers).get('sahifa_lite')).toMatch(/; Secure/i);
  const draft = store().unpublished(Date.now()).find((a) => a.status === 'draft')!;
  const preview = await get(`${site}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site }, body: `secret=${SECRET}&id=${draft.id}` });
  expect(preview.status).toBe(303);
  const cookies = setCookies(preview.headers);
  for (const name of ['__prerender_bypass', 'sahifa_preview']) expect(cookies.get(name), name).toMatch(/; Secure/i);
});

test('the language cookie follows the reader, not the offline worker’s background fetches', async () => {
  const as = (mode: string | undefined, extra: Record<string, string> = {}) =>
    get(`${site}/en`, { headers: { Cookie: 'NEXT_LOCALE=ar', ...(mode ? { 'Sec-Fetch-Mode': mode } : {}), ...extra } });
  // The worker's fetch of the other front page (lib/offline/sw.ts): mode same-origin / cors / no-cors.
  for (const mode of ['same-origin', 'cors', 'no-cors']) expect(setCookies((await as(mode)).headers).has('NEXT_LOCALE'), mode).toBe(false);
  // A page load, a client without Sec-Fetch-Mode, the router's own fetch: the reader's choice.
  for (const [mode, extra] of [['navigate', {}], [undefined, {}], ['cors', { 'Next-Url': '/ar' }]] as const)
    expect(setCookies((await as(mode, extra)).headers).get('NEXT_LOCALE'), String(mode)).toMatch(/^NEXT_LOCALE=en;/);
});

/** Every CSP violation a page reports, from its first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test('no page type reports a CSP violation, in either language (browser, through the edge)', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: site });
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const s = store();
  for (const locale of ['ar', 'en'] as const) {
    const a = s.all({ locale }, reader).find((x) => x.image?.src.startsWith('/media/'))!;
    const word = a.title.split(/\s+/).find((w) => w.length > 3)!;
    for (const p of [`/${locale}`, `/${locale}/${a.section}`, articleUrl(a), `/${locale}/search?q=${encodeURIComponent(word)}`, `/${locale}/no-such-page`, `/${locale}/lite`, `/${locale}/lite/${a.section}/${a.id}`, `/${locale}/offline`, `/${locale}/rss.xml`]) {
      await page.goto(p);
      await page.waitForLoadState('load');
    }
    // A client navigation, as readers move between pages (router payloads, prefetches).
    await page.goto(`/${locale}`);
    await page.locator(`main a[href="${articleUrl(a)}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${articleUrl(a)}$`));
  }
  // The editors' desk, in preview.
  await page.goto(`/api/preview?secret=${SECRET}&id=${s.unpublished(Date.now()).find((x) => x.status === 'draft')!.id}`);
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  for (const locale of ['ar', 'en']) await page.goto(`/${locale}/preview`);
  await page.getByTestId('preview-exit').click();
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
  expect((await context.cookies()).some((c) => (c.name === '__prerender_bypass' || c.name === 'sahifa_preview') && c.value)).toBe(false);
  await context.close();
  expect(violations).toEqual([]);
});

test('the language a reader reads is remembered through the edge (a Secure cookie), and `/` follows it', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: site });
  const page = await context.newPage();
  for (const locale of ['en', 'ar', 'en']) {
    await page.goto(`/${locale}`);
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')).toMatchObject({ value: locale, secure: true });
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  }
  await context.close();
});

test('"always lite" works behind the edge on a port other than 443 (the form’s Origin has the port)', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: site });
  const page = await context.newPage();
  await page.goto('/ar/lite');
  await page.getByRole('button', { name: ar.Lite.alwaysLite }).click();
  await expect(page).toHaveURL(/\/ar\/lite$/);
  await page.goto('/ar');
  await expect(page).toHaveURL(/\/ar\/lite$/);
  expect((await context.cookies()).find((c) => c.name === 'sahifa_lite')).toMatchObject({ value: '1', secure: true });
  await context.close();
});


test('… and at the edge within its page time (30 s) of the withdrawal', async () => {
  test.setTimeout(90_000);
  expect(withdrawal.at, 'the withdrawal test ran first').toBeGreaterThan(0);
  // What the edge stored expires 30 s after it was stored (checked above), and the app's 404
  // is not stored: by 30 s after the withdrawal (plus the store's few seconds), all are 404.
  const by = withdrawal.at + 30_000 + 10_000;
  for (const url of withdrawal.copies)
    for (const accept of ACCEPTS) await expect.poll(() => pictureStatus(site, url, accept), { timeout: Math.max(1_000, by - Date.now()), intervals: [1_000] }).toBe(404);
});
