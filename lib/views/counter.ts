// What pages ask of read counts. Never throws: without counts, "most read" falls back
// to the newest stories (most-read.ts).
import { getStore } from '@/lib/content/store';
import { getViews } from './instance';

let lastError = 0;

/** Ids of a locale's most read articles over the window, most read first. */
export async function topIds(locale: string, n: number): Promise<string[]> {
  try {
    const content = getStore();
    // preview: true so that any known article breaks ties; visibility is checked by the caller.
    return await getViews().store.top(locale, n, (id) => content.article(id, { preview: true })?.published);
  } catch (e) {
    // One line a minute is enough to notice an outage without flooding the log.
    if (Date.now() - lastError > 60_000) {
      lastError = Date.now();
      console.error('[views] ranking unavailable:', (e as Error).message);
    }
    return [];
  }
}
