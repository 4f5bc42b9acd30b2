// Search in PostgreSQL: the reader's words go through lib/search's rules (parseWords:
// normalisation, the article and attached letters, English stems) into a tsquery over the
// stories' search vectors (terms.ts), loosened step by step like the in-memory index
// (lib/search/query.ts TIERS): the title, summary, tags and lead first (the `lead` vector,
// small and kept in the row, so a common word reads no TOASTed vector); the whole text when
// that finds few; the shorter forms of words when still few; any word when none has all.
//
// Ranking: ts_rank (title A > summary, tags B > lead C > rest D) times the same freshness
// factor as lib/search/rank.ts. Only the newest CANDIDATES matches are ranked, so a common
// word costs the same in any size of archive; `total` says at most that many.
import type { SearchPage, SearchQuery } from '../source';
import type { Article, ArticleSummary, Visibility } from '../types';
import { MAX_QUERY_LENGTH, parseWords, type QueryWord } from '@/lib/search/query';
import { compareRanked, rank, type Ranked } from '@/lib/search/rank';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/lib/search/search-index';
import { searchQuery, type QueryShape } from './terms';

/** The newest matches ranked per query: 100 pages of 10. */
export const CANDIDATES = 1000;
const FEW = 10;

type Run = <R extends Record<string, unknown>>(text: string, params: unknown[]) => Promise<R[]>;
type Hit = { id: string; published: number; score: number };

const hasVariants = (words: QueryWord[]) => words.some((w) => w.variants.length > 0);

/** From strict to loose, as TIERS in lib/search/query.ts (English near-spellings aside). */
const STEPS: { shape: QueryShape; when: (found: number, words: QueryWord[]) => boolean }[] = [
  { shape: { all: true, variants: false, lead: true }, when: () => true },
  { shape: { all: true, variants: false, lead: false }, when: (n) => n < FEW },
  { shape: { all: true, variants: true, lead: false }, when: (n, w) => n < FEW && hasVariants(w) },
  { shape: { all: false, variants: true, lead: false }, when: (n, w) => n === 0 && w.length > 1 },
];

/** `bodies`: whole stories (the search page's passages), else summaries (cards, page counts: no body read). */
export function searchStories(run: Run, query: SearchQuery, vis: Visibility, bodies: true): Promise<SearchPage>;
export function searchStories(run: Run, query: SearchQuery, vis: Visibility, bodies: false): Promise<SearchPage<ArticleSummary>>;
export async function searchStories(run: Run, query: SearchQuery, vis: Visibility, bodies: boolean): Promise<SearchPage<ArticleSummary>> {
  const pageSize = clampInt(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const page = clampInt(query.page, 1, 1, Number.MAX_SAFE_INTEGER);
  const none: SearchPage = { items: [], total: 0, page, pages: 1, terms: [] };
  if (typeof query.text !== 'string' || query.text.length > MAX_QUERY_LENGTH) return none;
  const words = parseWords(query.text);
  if (!words.length) return none;
  const terms = words.map((w) => w.word);

  let hits: Hit[] = [];
  const rare = new Set<string>();
  for (const step of STEPS) if (step.when(hits.length, words)) hits = await matches(run, words, step.shape, query.locale, vis, rare);

  const ranked = hits
    .map((h): Ranked<string> => ({ item: h.id, rank: rank(h.score, h.published, vis.now), published: h.published, id: h.id }))
    .sort(compareRanked);
  const ids = ranked.slice((page - 1) * pageSize, page * pageSize).map((r) => r.item);
  const items = ids.length ? await stories(run, ids, bodies) : [];
  return { items, total: hits.length, page, pages: Math.max(1, Math.ceil(hits.length / pageSize)), terms };
}

/** Above this many estimated matches a word is common: its newest matches are looked for by walking the stories newest first. */
const COMMON = 10 * CANDIDATES;
/**
 * How many of the newest stories a walk reads at most: ~1.6 µs each in the lead vector,
 * kept in the row; ~7 µs in the whole text's, kept out of it (~40 µs when not in memory).
 */
const WALK = { lead: 20 * CANDIDATES, search: 4 * CANDIDATES };

/**
 * The newest CANDIDATES visible stories of `locale` matching `tsquery`, with their text rank:
 * in the lead fields (the small `lead` vector, kept in the row) or in the whole text.
 *
 * The plan is ours, from PostgreSQL's estimate of the matches (its statistics of the
 * lexemes): the planner alone multiplies the word's share by the locale's, as if English
 * words were as likely in Arabic stories, and reads every match of a common English word
 * through the full-text index, then sorts them: seconds, the heap being most of the archive.
 * A common word walks the locale's stories newest first (an index in time order) and stops
 * at CANDIDATES; a rarer one reads its matches from the locale's full-text index.
 */
/** `rare`: the queries a walk found rare in this language (a later step asks the same in the whole text). */
async function matches(run: Run, words: QueryWord[], shape: QueryShape, locale: string, vis: Visibility, rare: Set<string>): Promise<Hit[]> {
  const tsquery = searchQuery(words, shape);
  const column = shape.lead ? 'lead' : 'search';
  const params: unknown[] = [tsquery, locale, CANDIDATES];
  const visible = vis.preview ? '' : `AND status = 'published' AND published <= $4`;
  if (!vis.preview) params.push(vis.now);
  // Words that go together ("national team") match far more often than the product of their
  // shares the planner assumes: all of them match at most as often as the rarest alone.
  const parts = shape.all && words.length > 1 ? words.map((w) => searchQuery([w], shape)) : [tsquery];
  const estimates = await Promise.all(parts.map((q) => estimate(run, column, q)));
  const fewest = Math.min(...estimates);
  const rows = (sql: string) => run<{ id: string; published: string; score: number }>(sql, params);

  // Each query ranks the CANDIDATES it keeps only (ranking reads the whole vector).
  // Common: the match as a function call (ts_match_vq is what @@ calls), which no index
  // answers, so the walk goes down the time-ordered index ("national team": the planner, left
  // to estimate the pair, read its 122,154 stories through the full-text index, 5.7 s; walked,
  // 17 ms), reading at most WALK stories. When those hold fewer than CANDIDATES matches, the
  // word is common in the other language only, or not that common: then FEW or more found
  // among the newest are answer enough (the whole text is the looser step, and its vectors
  // the dearer read), and fewer go on through the index: the words are rare in this language,
  // and the next step asking the same goes there straight away.
  if (fewest >= COMMON && !rare.has(tsquery)) {
    const walked = await rows(
      `SELECT id, published, ts_rank(${column}, $1::tsquery) AS score FROM (
         SELECT id, published, ${column} FROM (
           SELECT id, published, file, ${column} FROM stories WHERE locale = $2 ${visible}
            ORDER BY published DESC, file LIMIT ${WALK[column]}) w
          WHERE ts_match_vq(${column}, $1::tsquery) ORDER BY published DESC, file LIMIT $3) c`,
    );
    if (walked.length >= CANDIDATES || (column === 'search' && walked.length >= FEW)) return hits(walked);
    if (walked.length < FEW) rare.add(tsquery);
  }
  // The locale's own full-text index (its partial index: `locale = $2` in the same scan).
  // `published + 0` orders by time without the time-ordered index. With a common word beside
  // a rarer one, the index is asked for the rarest alone and its few stories checked for the
  // rest: asked for all, it gathers every story of the common word first ("new project":
  // 'project':* is in 292,744 stories: 117 ms for no match; 0.4 ms).
  const match =
    parts.length > 1 && Math.max(...estimates) >= COMMON
      ? `${column} @@ $${params.push(parts[estimates.indexOf(fewest)])}::tsquery AND ts_match_vq(${column}, $1::tsquery)`
      : `${column} @@ $1::tsquery`;
  return hits(
    await rows(
      `SELECT id, published, ts_rank(${column}, $1::tsquery) AS score FROM (
         SELECT id, published, ${column} FROM stories WHERE ${match} AND locale = $2 ${visible}
          ORDER BY published + 0 DESC, file LIMIT $3) c`,
    ),
  );
}

const hits = (rows: { id: string; published: string; score: number }[]): Hit[] => rows.map((r) => ({ id: r.id, published: Number(r.published), score: r.score }));

/** PostgreSQL's estimate of the stories whose `column` matches `tsquery` (its lexeme statistics). */
async function estimate(run: Run, column: string, tsquery: string): Promise<number> {
  const plan = await run<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM stories WHERE ${column} @@ $1::tsquery`, [tsquery]);
  return plan[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
}

/** The stories of `ids`, in that order: whole (a result shows a passage of the body) or their summaries. */
async function stories(run: Run, ids: string[], bodies: boolean): Promise<ArticleSummary[]> {
  const rows = await run<{ meta: ArticleSummary; body?: Article['body'] }>(`SELECT meta${bodies ? ', body' : ''} FROM stories WHERE id = ANY($1::text[])`, [ids]);
  const byId = new Map(rows.map((r) => [r.meta.id, r.body ? { ...r.meta, body: r.body } : r.meta]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}
