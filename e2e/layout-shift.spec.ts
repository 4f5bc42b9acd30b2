// Nothing moves while a reader page loads, on a slow link, with this machine's fonts and
// with the fonts most readers have (no system Arabic face: DejaVu only, as on a machine
// without Noto Naskh Arabic). Lighthouse's simulated throttling loads the page at full speed,
// so the web fonts are always in time there and a late swap never shows; here the network
// really is slow (150 ms, 1.6 Mbit/s), the cache cold, and every shift until the page has
// settled (fonts, hydration, the save button) is counted. Each page also passes axe there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser';
import { articleUrl, demoStore, reader } from './fixtures';
import { trackPending } from './pending';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const MAX_CLS = 0.01;

/** A fontconfig file that offers DejaVu only (like ../shared/tools/fonts-readers.conf). */
function readersFonts(): string {
  if (!fs.existsSync(DEJAVU)) throw new Error(`${DEJAVU} is missing: install fonts-dejavu-core`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-fonts-'));
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(file, `<?xml version="1.0"?>\n<fontconfig><dir>${DEJAVU}</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
  return file;
}

function pages(): string[] {
  const store = demoStore();
  const story = (locale: 'ar' | 'en') => articleUrl(store.all({ locale }, reader).find((a) => a.image)!);
  return ['/ar', '/ar/news', story('ar'), `/ar/search?q=${encodeURIComponent('المياه')}`, '/en', '/en/news', story('en'), '/en/search?q=water'];
}

const SETUPS = [
  { name: 'this machine’s fonts', env: {} as Record<string, string> },
  { name: 'readers’ fonts (DejaVu only)', env: { FONTCONFIG_FILE: '' } },
];
const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
];

for (const setup of SETUPS) {
  test.describe(setup.name, () => {
    let browser: Browser;
    test.beforeAll(async () => {
      const env = { ...process.env, ...setup.env } as Record<string, string>;
      if ('FONTCONFIG_FILE' in setup.env) env.FONTCONFIG_FILE = readersFonts();
      browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, env });
    });
    test.afterAll(async () => browser?.close());

    for (const size of SIZES) {
      test(`reader pages do not shift on a slow link (${size.name})`, async ({ baseURL }, testInfo) => {
        test.skip(testInfo.project.name !== 'desktop', 'one run: it opens its own browsers and sizes');
        // Generous: other specs flood the same server at times (not-found's thousands of URLs).
        test.setTimeout(480_000);
        const results: string[] = [];
        const violations: string[] = [];
        for (const url of pages()) {
          const context = await browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.isMobile, baseURL, serviceWorkers: 'block' });
          const page = await context.newPage();
          await page.addInitScript(() => {
            const w = window as unknown as { __cls: number; __shifts: string[] };
            w.__cls = 0;
            w.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
                if (e.hadRecentInput) continue;
                w.__cls += e.value;
                w.__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${e.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? s.node?.nodeName).join(' | ')}`);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
          const pending = trackPending(page);
          await page.goto(url, { waitUntil: 'load', timeout: 150_000 }).catch(async (e: Error) => {
            const state = await page.evaluate(() => document.readyState).catch(() => 'unknown');
            throw new Error(`${e.message}\ndocument ${state}; still loading: ${pending().join(', ') || 'nothing'}`);
          });
          await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
          await page.waitForTimeout(1000);
          const { cls, shifts } = await page.evaluate(() => {
            const w = window as unknown as { __cls: number; __shifts: string[] };
            return { cls: w.__cls, shifts: w.__shifts };
          });
          results.push(`${url}: CLS ${cls.toFixed(4)}${shifts.length ? `\n    ${shifts.join('\n    ')}` : ''}`);
          // Faces change boxes: axe (WCAG 2.1 AA) in this font setup too.
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          violations.push(...axe.violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${url}: ${v.id} ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')} ${n.html.slice(0, 120)}`)));
          await context.close();
        }
        await testInfo.attach('layout shifts', { body: results.join('\n'), contentType: 'text/plain' });
        if (process.env.SHOW_SHIFTS) console.log(`${setup.name}, ${size.name}:\n${results.join('\n')}`);
        const over = results.filter((r) => Number(/CLS ([\d.]+)/.exec(r)![1]) > MAX_CLS);
        expect(over, results.join('\n')).toEqual([]);
        expect(violations).toEqual([]);
      });
    }
  });
}
