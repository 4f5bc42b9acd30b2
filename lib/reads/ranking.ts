import type { PublishedAt } from './types';

/**
 * Orders ids by reads, most first. Ties go to the newer article (a fresher story is the
 * likelier next read), then to the id, so every server and every render agree.
 */
export function rank(totals: Iterable<readonly [string, number]>, published?: PublishedAt): string[] {
  const rows = [...totals]
    .filter(([, reads]) => reads > 0)
    .map(([id, reads]) => ({ id, reads, at: published?.(id) ?? -Infinity }));
  rows.sort((a, b) => b.reads - a.reads || b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((r) => r.id);
}
