// A build prerenders pages, feeds and sitemaps with the SITE_URL it saw. A server started
// with another SITE_URL must carry its own address from its very first response.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, type Server } from '../scripts/lib/server';
import { demoStore, reader } from './fixtures';

const OTHER = 'https://sahifa.example';

/**
 * A server on the build itself, as `npm start` runs it (a copy in another folder would not
 * use the build's prerendered pages), with nothing cached since the build.
 */
async function freshServer(name: string, siteUrl: string): Promise<Server> {
  fs.rmSync('.next/server/route-cache', { recursive: true, force: true });
  return startServer({ SITE_URL: siteUrl, CONTENT_DIR: path.resolve('.e2e/demo/content'), DATA_DIR: path.resolve(`.e2e/site-url-${name}`) });
}

/** The address the build saw: the canonical link of a page it prerendered. */
function buildSiteUrl(): string {
  const html = fs.readFileSync('.next/server/app/ar/news.html', 'utf8');
  return new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).origin;
}

test.describe('SITE_URL from the first response after a start', () => {
  test.skip(({ isMobile }) => isMobile, 'a server check: once is enough');
  test.describe.configure({ timeout: 120_000 });

  test('a server started with another SITE_URL than the build’s never answers with the build’s address', async () => {
    const built = buildSiteUrl();
    expect(built).not.toBe(OTHER);
    const server = await freshServer('other', OTHER);
    try {
      const story = demoStore().latest({ locale: 'ar' }, 1, reader)[0]!; // prerendered by the build
      for (const url of ['/ar/news', '/en', `/ar/${story.section}/${story.id}`, '/ar/rss.xml', '/en/news/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt']) {
        const res = await fetch(server.url + url, { redirect: 'manual' });
        const body = await res.text();
        expect(res.status, url).toBe(200);
        // The news sitemap lists only the last two days' stories: it may have no address at all.
        if (url !== '/news-sitemap.xml') expect(body, url).toContain(OTHER);
        expect(body.includes(built), `${url} names the build's ${built}`).toBe(false);
      }
    } finally {
      await server.stop();
    }
  });
});
