import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
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
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The site's share image, a file in public/. Stories' pictures come from app/media,
      // which says itself how long each may be kept (a rule here would also mark its 404s).
      { source: '/media/og-default.jpg', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // Named by their content's hash (lib/arabic-font.ts).
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
