// What pages ask of read counts. Never throws: without counts, "most read" falls back
// to the newest stories (lib/loaders/shared.ts).
import { getViews } from './instance';

let lastError = 0;

/**
 * Ids of a locale's most read articles over the window, most read first (equal counts
 * by id, so every server and every render agree). Visibility is the caller's to check.
 */
export async function topIds(locale: string, n: number): Promise<string[]> {
  try {
    return await getViews().store.top(locale, n);
  } catch (e) {
    // One line a minute is enough to notice an outage without flooding the log.
    if (Date.now() - lastError > 60_000) {
      lastError = Date.now();
      console.error('[views] ranking unavailable:', (e as Error).message);
    }
    return [];
  }
}
