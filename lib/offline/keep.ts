// What this device keeps for reading offline, shared by the service worker (lib/offline/sw.ts)
// and the page (the save button, the saved list). Everything lives in the Cache Storage: a
// kept page carries what the lists need to show about it in one header, so a page and its
// description can never disagree or be left behind one without the other.

export const CACHE = {
  /** The front page of each language and the saved-stories pages: refreshed on every visit. */
  pages: 'sahifa-pages',
  /** The last stories opened, newest first, at most RECENT_LIMIT. */
  recent: 'sahifa-recent',
  /** Stories the reader saved, with their pictures: kept until the reader removes them. */
  saved: 'sahifa-saved',
  /** Pictures seen while reading (the heroes of recent stories are never dropped first). */
  images: 'sahifa-images',
  /** Build files: their names carry a content hash, so a copy is good forever. */
  static: 'sahifa-static',
} as const;

export const RECENT_LIMIT = 30;
export const LOOSE_IMAGE_LIMIT = 40;
export const STORY_HEADER = 'x-sahifa-story';

export type KeptStory = {
  /** Path of the story, e.g. /ar/news/some-id */
  url: string;
  title: string;
  locale: 'ar' | 'en';
  /** The section's name, in the story's language. */
  section?: string;
  /** The hero picture's source (/media/… or an https: URL), to keep it while the story is kept. */
  image?: string;
  /** Picture URLs kept with a saved story. */
  images?: string[];
  /** When it was kept (ms). */
  at: number;
};

export function encodeStory(story: KeptStory): string {
  return encodeURIComponent(JSON.stringify(story));
}

/** The story a kept response describes, or null when the header is missing or not ours. */
export function decodeStory(header: string | null | undefined): KeptStory | null {
  if (!header) return null;
  try {
    const s = JSON.parse(decodeURIComponent(header)) as Partial<KeptStory>;
    if (typeof s.url !== 'string' || !s.url.startsWith('/') || typeof s.title !== 'string' || (s.locale !== 'ar' && s.locale !== 'en') || typeof s.at !== 'number') return null;
    return {
      url: s.url,
      title: s.title,
      locale: s.locale,
      at: s.at,
      section: typeof s.section === 'string' ? s.section : undefined,
      image: typeof s.image === 'string' ? s.image : undefined,
      images: Array.isArray(s.images) ? s.images.filter((i): i is string => typeof i === 'string') : undefined,
    };
  } catch {
    return null;
  }
}

/** A copy of a page response that carries its story. */
export function withStory(body: BodyInit | null, from: Response, story: KeptStory): Response {
  const headers = new Headers(from.headers);
  headers.set(STORY_HEADER, encodeStory(story));
  return new Response(body, { status: from.status, statusText: from.statusText, headers });
}

/** Cache key of a page: its path, without the query (`?full=1` is the same page). */
export function pageKey(url: string, origin: string): string {
  const u = new URL(url, origin);
  return `${u.origin}${u.pathname}`;
}

/** A response the reader may be shown again later: a whole public page, never a preview. */
export function isKeepable(res: Response): boolean {
  return (
    res.status === 200 &&
    !res.redirected &&
    (res.type === 'basic' || res.type === 'default') &&
    !/\b(no-store|private)\b/i.test(res.headers.get('cache-control') ?? '') &&
    (res.headers.get('content-type') ?? '').startsWith('text/html')
  );
}

/** The build files a page loads (scripts, styles), to keep with it. */
export function assetUrls(html: string): string[] {
  return [...new Set([...html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~]+\.(?:js|css|woff2)/g)].map((m) => m[0]))];
}

/** Which picture an image URL shows, whatever its size: the `url` of /_next/image, or the /media/ path. */
export function imageSource(url: URL): string | null {
  if (url.pathname === '/_next/image') return url.searchParams.get('url');
  if (url.pathname.startsWith('/media/')) return url.pathname;
  return null;
}
