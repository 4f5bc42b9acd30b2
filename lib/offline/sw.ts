/// <reference lib="webworker" />
// The service worker (built by @serwist/turbopack from app/serwist/[path]/route.ts, served at
// /serwist/sw.js with scope /). What it keeps for reading with no connection:
//   - the front page of each language and the saved-stories pages, refreshed on every visit;
//   - the last RECENT_LIMIT stories opened, with their hero picture;
//   - every story the reader saved (written by the page itself, lib/offline/saved.ts).
// Pages are network first: a reader online always gets today's page; only a failed (or very
// slow) network falls back to a kept copy, then to the offline page. Build files (hashed
// names) are cache first. API answers, previews and anything marked private or no-store are
// never kept. See docs/offline.md.
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { readerPage } from '@/lib/routes';
import { CACHE, LOOSE_IMAGE_LIMIT, RECENT_LIMIT, STORY_HEADER, assetUrls, decodeStory, imageSource, isKeepable, pageKey, withStory, type KeptStory } from './keep';
import { fillOfflinePage } from './offline-page';
import { storyFromHtml } from './story-meta';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const origin = self.location.origin;
/** Kept at install and refreshed on each visit. */
const SHELLS = ['/ar', '/en', '/ar/saved', '/en/saved'];
/** A slow network gives way to a kept copy after this long (lie-fi); never for pages not kept. */
const NETWORK_TIMEOUT_S = 8;

type Kind = 'shell' | 'story' | 'other';
function kindOf(url: URL): Kind {
  if (SHELLS.includes(url.pathname)) return 'shell';
  return readerPage(url.pathname)?.kind === 'article' ? 'story' : 'other';
}
const localeOf = (url: URL) => (url.pathname.split('/')[1] === 'en' ? 'en' : 'ar');
const key = (request: Request | string) => pageKey(typeof request === 'string' ? request : request.url, origin);

// ---- what is kept and what the offline page lists -------------------------------------

async function keptStories(name: string): Promise<KeptStory[]> {
  const cache = await caches.open(name);
  const out: KeptStory[] = [];
  for (const req of await cache.keys()) {
    const story = decodeStory((await cache.match(req))?.headers.get(STORY_HEADER));
    if (story) out.push(story);
  }
  return out.sort((a, b) => b.at - a.at);
}

async function offlinePage(url: URL): Promise<Response> {
  const shell = await serwist.matchPrecache(`/${localeOf(url)}/offline`);
  if (!shell) return Response.error();
  const saved = await keptStories(CACHE.saved);
  const savedUrls = new Set(saved.map((s) => s.url));
  const recent = (await keptStories(CACHE.recent)).filter((s) => !savedUrls.has(s.url));
  const html = fillOfflinePage(await shell.text(), { saved, recent }, localeOf(url));
  // The shell's own policy (no script), which the build's copy carries.
  const csp = shell.headers.get('Content-Security-Policy') ?? "default-src 'none'";
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': csp } });
}

/** Offline: a saved copy of the page if there is one, else the offline page. */
const fallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => (await (await caches.open(CACHE.saved)).match(key(request))) ?? offlinePage(new URL(request.url)),
};

// ---- pages -------------------------------------------------------------------------------

const byPath: SerwistPlugin = { cacheKeyWillBeUsed: async ({ request }) => key(request) };

const shellPlugin: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (isKeepable(response) ? response : null),
};

/** A story is kept with what the lists show about it; one that is gone (404/410) is forgotten everywhere. */
const storyPlugin: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status === 404 || response.status === 410) {
      await Promise.all([CACHE.recent, CACHE.saved].map(async (name) => (await caches.open(name)).delete(key(request))));
      return null;
    }
    if (!isKeepable(response)) return null;
    const html = await response.clone().text();
    const story = storyFromHtml(html, new URL(request.url).pathname, Date.now());
    return story ? withStory(html, response, story) : null;
  },
  // A saved story read online again: its saved copy is refreshed too (corrections reach it).
  cacheDidUpdate: async ({ request, newResponse }) => {
    const saved = await caches.open(CACHE.saved);
    const old = decodeStory((await saved.match(key(request)))?.headers.get(STORY_HEADER));
    const fresh = decodeStory(newResponse.headers.get(STORY_HEADER));
    if (old && fresh) await saved.put(key(request), withStory(await newResponse.clone().text(), newResponse, { ...fresh, images: old.images, at: old.at }));
    pruneImagesSoon();
  },
};

const shells = new NetworkFirst({ cacheName: CACHE.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_S, plugins: [byPath, shellPlugin, fallback] });
const stories = new NetworkFirst({
  cacheName: CACHE.recent,
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [byPath, storyPlugin, new ExpirationPlugin({ maxEntries: RECENT_LIMIT }), fallback],
});
const otherPages = new NetworkOnly({ plugins: [fallback] });

// ---- pictures ----------------------------------------------------------------------------

/** Another size of the same picture, when the one asked for is not kept (the phone turned). */
async function sameSource(url: URL): Promise<Response | undefined> {
  const source = imageSource(url);
  if (!source) return undefined;
  for (const name of [CACHE.saved, CACHE.images]) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) if (imageSource(new URL(req.url)) === source) return cache.match(req, { ignoreVary: true });
  }
  return undefined;
}

const imagePlugin: SerwistPlugin = {
  // Saved stories keep their pictures in their own cache.
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await (await caches.open(CACHE.saved)).match(request, { ignoreVary: true })) ?? null,
  // An editor's picture of an unpublished story comes `private, no-store`: never kept.
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !/\b(no-store|private)\b/i.test(response.headers.get('cache-control') ?? '') ? response : null),
  cacheDidUpdate: async () => pruneImagesSoon(),
  handlerDidError: async ({ request }) => sameSource(new URL(request.url)),
};
const images = new CacheFirst({ cacheName: CACHE.images, matchOptions: { ignoreVary: true }, plugins: [imagePlugin] });

let pruneTimer: ReturnType<typeof setTimeout> | undefined;
function pruneImagesSoon() {
  clearTimeout(pruneTimer);
  pruneTimer = setTimeout(() => void pruneImages(), 2000);
}

/** Keeps every picture of a kept story's hero, and only the newest LOOSE_IMAGE_LIMIT of the rest. */
async function pruneImages() {
  const heroes = new Set((await keptStories(CACHE.recent)).map((s) => s.image).filter(Boolean));
  const cache = await caches.open(CACHE.images);
  const loose = (await cache.keys()).filter((req) => !heroes.has(imageSource(new URL(req.url)) ?? ''));
  for (const req of loose.slice(0, Math.max(0, loose.length - LOOSE_IMAGE_LIMIT))) await cache.delete(req);
}

// ---- build files ---------------------------------------------------------------------------

const staticFiles = new CacheFirst({ cacheName: CACHE.static, plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 60 })] });

/** The scripts and styles a page loads, fetched (mostly from the browser's own cache) and kept. */
async function keepAssets(html: string) {
  const cache = await caches.open(CACHE.static);
  await Promise.all(
    assetUrls(html).map(async (path) => {
      if (await cache.match(path)) return;
      const res = await fetch(path).catch(() => undefined);
      if (res?.ok) await cache.put(path, res);
    }),
  );
}

// ---- routes --------------------------------------------------------------------------------

const navigation = (request: Request, url: URL, sameOrigin: boolean) => sameOrigin && request.mode === 'navigate' && !url.pathname.startsWith('/api/');

const serwist = new Serwist({
  // The offline page of each language (revisioned by the build).
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    { matcher: ({ request, url, sameOrigin }) => navigation(request, url, sameOrigin) && kindOf(url) === 'shell', handler: shells },
    { matcher: ({ request, url, sameOrigin }) => navigation(request, url, sameOrigin) && kindOf(url) === 'story', handler: stories },
    { matcher: ({ request, url, sameOrigin }) => navigation(request, url, sameOrigin), handler: otherPages },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'), handler: staticFiles },
    { matcher: ({ request, url, sameOrigin }) => sameOrigin && request.destination === 'image' && imageSource(url) !== null, handler: images },
    // Everything else (API answers, feeds, router payloads) is not handled: the network, as without a worker.
  ],
});

/** Fetches a page through its strategy (so it is kept as a visit would keep it), and its build files. */
async function keepPage(path: string, event: ExtendableEvent) {
  const url = new URL(path, origin);
  const kind = kindOf(url);
  if (url.origin !== origin || kind === 'other') return;
  const request = new Request(url, { credentials: 'same-origin' });
  const res = await (kind === 'shell' ? shells : stories).handle({ request, event }).catch(() => undefined);
  if (res && isKeepable(res)) await keepAssets(await res.text());
}

// Installing keeps the front pages and saved-stories pages, so they open offline from the start.
self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all(SHELLS.map((p) => keepPage(p, event))));
});

// The page a reader was on when the worker first started was loaded before it: the page
// sends its path and the pictures it shows, to be kept as if the visit had gone through it.
self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; url?: unknown; images?: unknown } | null;
  if (data?.type !== 'sahifa:keep' || typeof data.url !== 'string') return;
  const pictures = Array.isArray(data.images) ? data.images.filter((s): s is string => typeof s === 'string').slice(0, 20) : [];
  event.waitUntil(
    (async () => {
      await keepPage(data.url as string, event);
      for (const src of pictures) {
        const url = new URL(src, origin);
        if (url.origin === origin && imageSource(url) !== null) await images.handle({ request: new Request(url), event }).catch(() => undefined);
      }
    })(),
  );
});

// Caches of ours that this version no longer uses (never the saved stories) go on activation.
self.addEventListener('activate', (event) => {
  const mine = new Set<string>(Object.values(CACHE));
  event.waitUntil(caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith('sahifa-') && !mine.has(n)).map((n) => caches.delete(n)))));
});

serwist.addEventListeners();
