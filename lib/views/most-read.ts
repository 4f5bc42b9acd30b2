// "Most read": ranked by reads over the recent window, filled with the newest stories
// where there are too few reads. The counting itself lives in lib/views/counter.ts.
import { getStore } from '@/lib/content/store';
import type { Article, View } from '@/lib/content/types';
import { topIds } from './counter';

export async function mostRead(locale: string, n: number, view: View): Promise<Article[]> {
  const store = getStore();
  const out: Article[] = [];
  const seen = new Set<string>();
  // Ask for more ids than needed: some may be in the other locale or no longer visible.
  for (const id of await topIds(locale, n * 3)) {
    const a = store.article(id, view);
    if (a && a.locale === locale && !seen.has(id)) {
      out.push(a);
      seen.add(id);
      if (out.length === n) return out;
    }
  }
  return [...out, ...store.latest(locale, n - out.length, view, seen)];
}
