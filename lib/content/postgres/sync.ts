// Makes the database match a JSON store: the stories the files source accepts (read and
// checked by the same code, lib/content/files), their sections and every problem. Only
// what changed is written (a story's version is its file's, as files/folder.ts stamps it),
// in one transaction that ends with a NOTIFY, so every instance hears of it at commit.
//
// It never empties the site: without valid sections it writes nothing (as the files source
// refuses to start), and a pass that would remove more than REMOVAL_SHARE of the stories (at
// least REMOVAL_FLOOR) waits for an explicit allowRemovals: a mistyped CONTENT_DIR or an
// unmounted folder looks exactly like an editor deleting everything.
import type pg from 'pg';
import { SECTIONS_FILE } from '../files/read';
import type { FileStore } from '../files/store';
import type { Section } from '../schema';
import type { Article, Problem } from '../types';
import { storableText } from '../unicode';
import { pruneMedia, syncMedia } from './media-sync';
import { CHANNEL, migrate, recount } from './schema';
import { storyVectors } from './terms';

export type SyncResult = {
  added: number;
  updated: number;
  removed: number;
  sections: boolean;
  problems: number;
  errors: number;
  /** Pictures written (new or changed), and removed (no story names them any more, or refused now). */
  media: { written: number; removed: number };
  /** The pictures left out, with path and reason (also among the `problems` stored). */
  mediaProblems: Problem[];
};
export type SyncOptions = { allowRemovals?: boolean };

/** A pass that would lose the site: nothing was written; the message says why. */
export class SyncRefused extends Error {}

export const REMOVAL_SHARE = 0.1;
export const REMOVAL_FLOOR = 50;
/** The most stories one pass removes without allowRemovals, out of the `held` in the database. */
export const removalLimit = (held: number): number => Math.max(Math.floor(held * REMOVAL_SHARE), REMOVAL_FLOOR);

/** The sections in the database: the last valid ones a sync wrote ([] before the first). */
export async function heldSections(pool: pg.Pool): Promise<Section[]> {
  try {
    return (await pool.query<Section>('SELECT id, name FROM sections ORDER BY position')).rows;
  } catch (e) {
    if ((e as { code?: string }).code === '42P01') return []; // no schema yet
    throw e;
  }
}

/** The columns of a story's row, in INSERT order. */
export const STORY_COLUMNS = ['id', 'file', 'locale', 'section', 'status', 'published', 'translation_of', 'tags', 'meta', 'body', 'search', 'lead', 'version'] as const;
export const TAG_COLUMNS = ['id', 'tag', 'locale', 'status', 'published', 'file'] as const;

export function storyRow(a: Article, version: string): unknown[] {
  const { body, ...meta } = a;
  const { search, lead } = storyVectors(a);
  return [a.id, a.file, a.locale, a.section, a.status, a.published, a.translationOf ?? null, a.tags ?? [], JSON.stringify(meta), JSON.stringify(body), search, lead, version];
}

export function tagRows(a: Pick<Article, 'id' | 'tags' | 'locale' | 'status' | 'published' | 'file'>): unknown[][] {
  return [...new Set(a.tags ?? [])].map((tag) => [a.id, tag, a.locale, a.status, a.published, a.file]);
}

const BATCH = 200;
/** Any constant: the advisory lock one sync holds at a time. */
const SYNC_LOCK = 0x5a411f16;

async function insert(client: pg.PoolClient, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(', ')})`);
    await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

export async function syncStore(pool: pg.Pool, store: FileStore, options: SyncOptions = {}): Promise<SyncResult> {
  if (store.sections().length === 0) {
    const why = store.problems().filter((p) => p.file === SECTIONS_FILE).map((p) => `${p.field ? `${p.field} ` : ''}${p.reason}`);
    throw new SyncRefused(`${SECTIONS_FILE} in ${store.root} is missing or invalid (${why.join('; ') || 'no sections'}): nothing written, the database keeps its stories and sections`);
  }
  await migrate(pool);
  const accepted = store.all({}, { preview: true, now: Date.now() });
  const problems = store.problems();
  const sections = store.sections();

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One sync at a time (a --watch and a --once side by side).
    await client.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
    const held = new Map(
      (await client.query<{ id: string; file: string; version: string; locale: string; section: string }>('SELECT id, file, version, locale, section FROM stories')).rows.map((r) => [r.id, r]),
    );

    // The pictures the stories name, in before the stories that name them.
    const media = await syncMedia(client, store.root, accepted);
    problems.push(...media.problems);

    const write: Article[] = [];
    let added = 0;
    let updated = 0;
    const wanted = new Set<string>();
    const versions = new Map<string, string>();
    for (const a of accepted) {
      wanted.add(a.id);
      const version = store.version(a.id) ?? '';
      versions.set(a.id, version);
      const row = held.get(a.id);
      if (!row) added++;
      else if (row.version !== version || row.file !== a.file) updated++;
      else continue;
      write.push(a);
    }
    const gone = [...held.keys()].filter((id) => !wanted.has(id));
    if (gone.length > removalLimit(held.size) && !options.allowRemovals)
      throw new SyncRefused(
        `${store.root} would remove ${gone.length} of the ${held.size} stories in the database (more than ${removalLimit(held.size)}): nothing written. ` +
          'Is it the right folder, and mounted? If the stories are meant to go, run again with --allow-removals',
      );
    const replace = [...gone, ...write.map((a) => a.id)];
    if (replace.length) {
      await client.query('DELETE FROM story_tags WHERE id = ANY($1::text[])', [replace]);
      await client.query('DELETE FROM stories WHERE id = ANY($1::text[]) OR file = ANY($2::text[])', [replace, write.map((a) => a.file)]);
      await insert(client, 'stories', STORY_COLUMNS, write.map((a) => storyRow(a, versions.get(a.id)!)));
      await insert(client, 'story_tags', TAG_COLUMNS, write.flatMap(tagRows));
      // The sections a story left (its old row) and joined (its new one).
      const pairs = [...replace.flatMap((id) => held.get(id) ?? []), ...write];
      await recount(client, pairs);
    }

    // After the stories: a picture none of them names any more goes.
    const mediaRemoved = await pruneMedia(client, media.keep);

    const heldSections = (await client.query<{ id: string; name: unknown }>('SELECT id, name FROM sections ORDER BY position')).rows;
    const sectionsChanged = JSON.stringify(heldSections) !== JSON.stringify(sections.map((s) => ({ id: s.id, name: s.name })));
    if (sectionsChanged) {
      await client.query('DELETE FROM sections');
      await insert(client, 'sections', ['position', 'id', 'name'], sections.map((s, i) => [i, s.id, JSON.stringify(s.name)]));
    }

    const heldProblems = (await client.query('SELECT file, field, reason, level FROM problems ORDER BY seq')).rows;
    // A reason may quote the file (JSON.parse does): stored without what PostgreSQL refuses.
    const rows = problems.map(({ file, field, reason, level }) => ({ file: storableText(file), field: storableText(field), reason: storableText(reason), level }));
    const problemsChanged = JSON.stringify(heldProblems) !== JSON.stringify(rows);
    if (problemsChanged) {
      await client.query('DELETE FROM problems');
      await insert(client, 'problems', ['seq', 'file', 'field', 'reason', 'level'], rows.map((p, i) => [i, p.file, p.field, p.reason, p.level]));
    }

    const changed = replace.length > 0 || sectionsChanged || problemsChanged;
    if (changed) await client.query(`SELECT pg_notify('${CHANNEL}', $1)`, [JSON.stringify({ stories: replace.length, sections: sectionsChanged })]);
    await client.query('COMMIT');
    return {
      added,
      updated,
      removed: gone.length,
      sections: sectionsChanged,
      problems: problems.length,
      errors: problems.filter((p) => p.level === 'error').length,
      media: { written: media.written, removed: mediaRemoved },
      mediaProblems: media.problems,
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
