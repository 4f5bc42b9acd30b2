// Order of results: relevance first, freshness as a multiplier.
//
//   rank = score × (1 + RECENCY_BOOST × 0.5^(ageDays / HALF_LIFE_DAYS))
//
// `score` is MiniSearch's BM25+ score (field boosts included). A story published now
// weighs (1 + RECENCY_BOOST) = 2× a very old one with the same words, one HALF_LIFE_DAYS
// old 1.5×, two half-lives 1.25×. So a clearly better match (a title hit against a body
// hit) still wins over age, while among similar matches the newest comes first.
export const RECENCY_BOOST = 1;
export const HALF_LIFE_DAYS = 30;

const DAY = 86_400_000;

export function rank(score: number, published: number, now: number): number {
  const ageDays = Math.max(0, now - published) / DAY;
  return score * (1 + RECENCY_BOOST * 0.5 ** (ageDays / HALF_LIFE_DAYS));
}

export type Ranked<T> = { item: T; rank: number; published: number; id: string };

/** Order of results: higher rank, then newer, then id (so that pages are stable). */
export function compareRanked<T>(x: Ranked<T>, y: Ranked<T>): number {
  return y.rank - x.rank || y.published - x.published || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/**
 * Keeps the best `k` of what it is offered, in compareRanked order. A query may match
 * most of the store while a page shows ten: keeping the best k as we go costs far less
 * than sorting everything, and allocates only for the few that get in.
 */
export class TopK<T> {
  private readonly best: Ranked<T>[] = [];
  constructor(private readonly k: number) {}

  offer(item: T, rank: number, published: number, id: string): void {
    const best = this.best;
    const worst = best[best.length - 1];
    if (best.length >= this.k && worst) {
      // Most offers lose against the worst kept one: decide that without allocating.
      if (rank < worst.rank || (rank === worst.rank && (published < worst.published || (published === worst.published && id >= worst.id)))) return;
    }
    const entry = { item, rank, published, id };
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRanked(best[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, entry);
    if (best.length > this.k) best.pop();
  }

  /** The kept entries, best first. */
  result(): Ranked<T>[] {
    return this.best;
  }
}
