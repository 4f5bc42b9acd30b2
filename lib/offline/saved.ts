// Saved stories, from the page: the save button writes a story (its page, pictures and build
// files) straight into the Cache Storage, where the service worker finds it offline; the
// saved-stories page lists and removes them. No message passing: one store, two readers.
import { CACHE, STORY_HEADER, assetUrls, decodeStory, isKeepable, pageKey, withStory, type KeptStory } from './keep';

/** Saving needs the Cache Storage and a service worker to serve what was saved. */
export function canKeepOffline(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && 'caches' in window && 'serviceWorker' in navigator;
}

const key = (path: string) => pageKey(path, location.origin);

export async function isSaved(path: string): Promise<boolean> {
  return !!(await (await caches.open(CACHE.saved)).match(key(path)));
}

/** Loads the pictures that are still waiting to load lazily (the story's own), and gives their URLs. */
export async function picturesIn(found: NodeListOf<HTMLImageElement>): Promise<string[]> {
  const imgs = Array.from(found);
  await Promise.all(
    imgs.map((img) =>
      img.complete && img.currentSrc
        ? undefined
        : new Promise<void>((done) => {
            img.addEventListener('load', () => done(), { once: true });
            img.addEventListener('error', () => done(), { once: true });
            setTimeout(done, 8_000);
            img.loading = 'eager';
          }),
    ),
  );
  return [...new Set(imgs.map((i) => i.currentSrc).filter(Boolean))];
}

async function fromCacheOrNetwork(url: string): Promise<Response | undefined> {
  return (await caches.match(url, { ignoreVary: true })) ?? (await fetch(url, { credentials: 'same-origin' }).catch(() => undefined));
}

/** Saves a story: the page as the reader sees it (the copy the worker just kept, else the network), its pictures and build files. */
export async function saveStory(story: Omit<KeptStory, 'at' | 'images'>, pictures: string[]): Promise<void> {
  const saved = await caches.open(CACHE.saved);
  const page = (await (await caches.open(CACHE.recent)).match(key(story.url))) ?? (await fetch(story.url, { credentials: 'same-origin' }));
  if (!isKeepable(page)) throw new Error(`cannot keep ${story.url}: HTTP ${page.status}`);
  const html = await page.text();
  const kept: string[] = [];
  for (const src of pictures) {
    const res = await fromCacheOrNetwork(src);
    if (res?.ok) {
      await saved.put(src, res);
      kept.push(src);
    }
  }
  const files = await caches.open(CACHE.static);
  for (const path of assetUrls(html)) {
    if (await files.match(path)) continue;
    const res = await fetch(path).catch(() => undefined);
    if (res?.ok) await files.put(path, res);
  }
  await saved.put(key(story.url), withStory(html, page, { ...story, images: kept, at: Date.now() }));
}

/** Every saved story, newest first. */
export async function savedStories(): Promise<KeptStory[]> {
  const saved = await caches.open(CACHE.saved);
  const out: KeptStory[] = [];
  for (const req of await saved.keys()) {
    const story = decodeStory((await saved.match(req))?.headers.get(STORY_HEADER));
    if (story) out.push(story);
  }
  return out.sort((a, b) => b.at - a.at);
}

/** Removes a saved story and the pictures no other saved story needs. */
export async function removeStory(path: string): Promise<void> {
  const saved = await caches.open(CACHE.saved);
  const story = decodeStory((await saved.match(key(path)))?.headers.get(STORY_HEADER));
  await saved.delete(key(path));
  if (!story?.images?.length) return;
  const stillUsed = new Set((await savedStories()).flatMap((s) => s.images ?? []));
  for (const src of story.images) if (!stillUsed.has(src)) await saved.delete(src, { ignoreVary: true });
}
