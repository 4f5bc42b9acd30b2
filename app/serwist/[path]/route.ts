// The service worker (lib/offline/sw.ts), bundled by Serwist's Turbopack integration when the
// site is built and served from here with scope `/` (docs/offline.md says why Serwist).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';
import { REVALIDATE_EVERY_TIME } from '@/lib/http/cache';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

// The offline pages change with the strings and the code that writes them: this revision
// changes with each commit (and with the strings, where the build has no git).
const revision =
  spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf-8' }).stdout?.trim() ||
  createHash('sha256').update(JSON.stringify([ar, en])).digest('hex').slice(0, 16);

const serwist = createSerwistRoute({
  swSrc: 'lib/offline/sw.ts',
  // The native esbuild the project already has (tsx, vite); not the 10 MB WebAssembly one.
  useNativeEsbuild: true,
  // Nothing from the build is precached: a reader on costly data downloads only what they read.
  globPatterns: [],
  additionalPrecacheEntries: [
    { url: '/ar/offline', revision },
    { url: '/en/offline', revision },
  ],
});

export const { dynamic, dynamicParams, revalidate, generateStaticParams } = serwist;

export async function GET(request: Request, context: { params: Promise<{ path: string }> }) {
  const res = await serwist.GET(request, context);
  // Browsers check the worker for updates themselves; no cache in between may hold an old one.
  res.headers.set('Cache-Control', REVALIDATE_EVERY_TIME);
  return res;
}
