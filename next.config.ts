import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales } from './i18n/locales';
import { NOTHING_CSP, PAGE_CSP, WORKER_CSP } from './lib/http/csp';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// On every response (docs/security.md). The Content-Security-Policy is the full pages' unless
// a later rule names the path (a later rule wins, over a route's own header too); the lite
// pages and the offline page are left out of it and send their own (lib/lite/response.ts).
// HSTS is the edge's (deploy/nginx.conf, HTTPS only).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
const LOCALES = locales.join('|');
const csp = (value: string) => [{ key: 'Content-Security-Policy', value }];
/** What is not a page: feeds, sitemaps, the API, pictures, files. */
const NOT_PAGES = [
  '/api/:path*',
  '/media/:path*',
  '/_next/:path*',
  '/fonts/:path*',
  '/icons/:path*',
  '/:locale/rss.xml',
  '/:locale/:section/rss.xml',
  '/:locale/manifest.webmanifest',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/sitemaps/:path*',
  '/robots.txt',
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The end-to-end servers run copies of the build side by side (scripts/e2e-server.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Cached pages are kept per SITE_URL: a server started with another address than the
  // build's never serves the build's copies (lib/cache/site-cache-handler.cjs).
  cacheHandler: path.resolve('lib/cache/site-cache-handler.cjs'),
  // `npm run typecheck` checks types once for the whole project; the build need not again.
  typescript: { ignoreBuildErrors: true },
  // Reader pages are rebuilt every 30 s (their `revalidate`); a CDN may serve a stale
  // copy for up to 10 minutes while it fetches the new one.
  expireTime: 600,
  // Addresses that name no page are answered by app/global-not-found.tsx (see proxy.ts).
  experimental: { globalNotFound: true },
  images: {
    formats: ['image/avif', 'image/webp'],
    // 720 fits a phone of 412 px at 1.75x (Lighthouse's) without the next size up.
    deviceSizes: [360, 480, 640, 720, 828, 1080, 1200, 1920],
    qualities: [60],
    imageSizes: [96, 160, 256, 384],
    // A resized copy is kept as long as its original says (MEDIA_CACHE, lib/http/cache.ts:
    // 30 s at a shared cache), and no longer: a withdrawn story's pictures leave within
    // the edge's page time. Past it, the optimiser asks for the original again and
    // re-encodes only when the file changed (same ETag: the stored copy is kept).
    minimumCacheTTL: 30,
    // What a resized picture may do if opened on its own: nothing.
    contentSecurityPolicy: `${NOTHING_CSP}; sandbox`,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: `/:path((?!(?:${LOCALES})/lite(?:/|$)|(?:${LOCALES})/offline$|lite-not-found/).*)`, headers: csp(PAGE_CSP) },
      ...NOT_PAGES.map((source) => ({ source, headers: csp(NOTHING_CSP) })),
      { source: '/serwist/:path*', headers: csp(WORKER_CSP) },
      // The site's share image, a file in public/. Stories' pictures come from app/media,
      // which says itself how long each may be kept (a rule here would also mark its 404s).
      { source: '/media/og-default.jpg', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // Named by their content's hash (lib/arabic-font.ts).
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
