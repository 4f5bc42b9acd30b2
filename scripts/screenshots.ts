// Screenshots of every page type in both languages at phone and desktop widths, for a
// person to look at: `npm run screenshots -- [baseURL]` writes screenshots/*.png.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browser';

const base = process.argv[2] || process.env.BASE_URL || 'http://localhost:3000';
const pages = (process.env.SHOT_PAGES || '/ar,/en').split(',');
const widths = (process.env.SHOT_WIDTHS || '390,1280').split(',').map(Number);

async function main() {
  fs.mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const width of widths) {
    const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[/?=&]+/g, '_').replace(/^_/, '') || 'root'}-${width}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.SHOT_FULL !== '0' });
      console.log(`screenshots/${name}`);
      // Optionally, screen-sized views further down (SHOT_SCROLL=1200,2400), lazy images loaded.
      for (const y of (process.env.SHOT_SCROLL || '').split(',').filter(Boolean).map(Number)) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForLoadState('networkidle');
        const at = name.replace(/\.png$/, `-at${y}.png`);
        await page.screenshot({ path: `screenshots/${at}` });
        console.log(`screenshots/${at}`);
      }
    }
    await ctx.close();
  }
  await browser.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
