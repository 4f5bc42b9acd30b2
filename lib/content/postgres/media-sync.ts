// The pictures the stories name, carried from the store's media/ folder into the `media`
// table by content:sync, in the sync's transaction: syncMedia() before the stories are
// written (a story never names a picture the database lacks), pruneMedia() after them (a
// picture goes when no story names it any more). Only what changed is read: a file whose
// size and modification time are those held is not opened; one whose bytes are the same
// (same SHA-256) gets only its new time. A file the rules refuse (lib/media/media-rules.ts)
// is a problem with its path and reason, and is left out (or removed).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type pg from 'pg';
import { MEDIA_MAX_BYTES, contentProblem, mediaType, nameProblem } from '@/lib/media/media-rules';
import { mediaProblem, statMedia } from '../files/media';
import type { Article, Problem } from '../types';

export type MediaSync = {
  /** The pictures the database holds after the sync: named by a story and served. */
  keep: Set<string>;
  /** Pictures written (new or changed bytes). */
  written: number;
  /** Pictures whose bytes were the same: only their time was updated. */
  touched: number;
  problems: Problem[];
};

type Held = { file: string; size: number; mtime: string; sha256: Buffer };

export async function syncMedia(client: pg.PoolClient, root: string, stories: readonly Pick<Article, 'media'>[]): Promise<MediaSync> {
  const names = [...new Set(stories.flatMap((a) => a.media ?? []))].sort();
  const held = new Map((await client.query<Held>('SELECT file, size, mtime, sha256 FROM media')).rows.map((r) => [r.file, r]));
  const out: MediaSync = { keep: new Set(), written: 0, touched: 0, problems: [] };
  for (const rel of names) {
    const st = statMedia(root, rel);
    if (!st) continue;
    const badName = nameProblem(rel);
    if (badName || st.size > MEDIA_MAX_BYTES) {
      out.problems.push(mediaProblem(rel, badName ?? contentProblem(rel, st.size, new Uint8Array())!));
      continue;
    }
    const mtime = Math.floor(st.mtimeMs);
    const row = held.get(rel);
    if (row && row.size === st.size && Number(row.mtime) === mtime) {
      out.keep.add(rel);
      continue;
    }
    let data: Buffer;
    try {
      data = fs.readFileSync(st.path);
    } catch {
      continue; // gone since it was seen: as if it had never been there
    }
    const why = contentProblem(rel, data.length, data);
    if (why) {
      out.problems.push(mediaProblem(rel, why));
      continue;
    }
    const sha256 = createHash('sha256').update(data).digest();
    out.keep.add(rel);
    if (row && row.sha256.equals(sha256)) {
      await client.query('UPDATE media SET mtime = $2 WHERE file = $1', [rel, mtime]);
      out.touched++;
      continue;
    }
    await client.query(
      `INSERT INTO media (file, type, size, mtime, sha256, data) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (file) DO UPDATE SET type = EXCLUDED.type, size = EXCLUDED.size, mtime = EXCLUDED.mtime, sha256 = EXCLUDED.sha256, data = EXCLUDED.data`,
      [rel, mediaType(rel), data.length, mtime, sha256, data],
    );
    out.written++;
  }
  return out;
}

/** Removes the pictures not in `keep` (no story names them, or they are no longer served); how many went. */
export async function pruneMedia(client: pg.PoolClient, keep: ReadonlySet<string>): Promise<number> {
  const r = await client.query('DELETE FROM media WHERE file <> ALL($1::text[])', [[...keep]]);
  return r.rowCount ?? 0;
}
