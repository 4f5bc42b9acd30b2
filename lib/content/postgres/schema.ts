// The database's tables, created and migrated by the code itself. Each migration runs
// once, in order, inside one transaction, and the schema's version is stored with it; an
// advisory lock keeps two processes (two instances, a sync) from migrating at once.
import type { Pool, PoolClient } from 'pg';

/** Append only: a released migration is never edited, a change is a new one. */
export const MIGRATIONS: readonly string[] = [
  // 1: stories (lists read `meta`, never `body`), their tags, sections, the sync's problems.
  `
  CREATE TABLE sections (
    position int NOT NULL,
    id text PRIMARY KEY,
    name jsonb NOT NULL
  );
  CREATE TABLE stories (
    id text PRIMARY KEY,
    file text NOT NULL UNIQUE,
    locale text NOT NULL,
    section text NOT NULL,
    status text NOT NULL,
    published bigint NOT NULL,
    translation_of text,
    tags text[] NOT NULL DEFAULT '{}',
    meta jsonb NOT NULL,
    body jsonb NOT NULL,
    search tsvector NOT NULL,
    version text NOT NULL
  );
  -- Newest first per locale (and section), ties by file as the JSON store orders them;
  -- status is included so that a readers' list or count is an index-only scan.
  CREATE INDEX stories_locale_section ON stories (locale, section, published DESC, file) INCLUDE (status);
  CREATE INDEX stories_locale ON stories (locale, published DESC, file) INCLUDE (status);
  CREATE INDEX stories_newest ON stories (published DESC, file) INCLUDE (status);
  CREATE INDEX stories_translation_of ON stories (translation_of) WHERE translation_of IS NOT NULL;
  CREATE INDEX stories_drafts ON stories (published DESC, file) WHERE status = 'draft';
  CREATE INDEX stories_search ON stories USING gin (search);
  CREATE TABLE story_tags (
    id text NOT NULL,
    tag text NOT NULL,
    locale text NOT NULL,
    status text NOT NULL,
    published bigint NOT NULL,
    file text NOT NULL
  );
  CREATE INDEX story_tags_id ON story_tags (id);
  CREATE INDEX story_tags_list ON story_tags (locale, tag, published DESC, file) INCLUDE (status, id);
  CREATE TABLE problems (
    seq int NOT NULL,
    file text NOT NULL,
    field text NOT NULL,
    reason text NOT NULL,
    level text NOT NULL
  );
  `,
  // 2: which stories show a picture of the media folder (meta.media, read at parse time),
  // so that serving one (app/media) is an index look-up, not a scan of the archive.
  `CREATE INDEX stories_media ON stories USING gin ((meta->'media'));`,
  // 3: the lead fields' lexemes (title, summary, tags, lead of the body) once each, a
  // vector small enough to stay in the row: the first search step reads it with no weight
  // to recheck against the whole (TOASTed) vector. Existing rows get it from their vector.
  // A row keeps up to 4 KB in place (not 2 KB), and `lead` leaves it last (MAIN), so that
  // `lead` and `meta` (every list reads it) stay in the row, the body and whole vector go.
  `
  ALTER TABLE stories SET (toast_tuple_target = 4080);
  ALTER TABLE stories ADD COLUMN lead tsvector;
  ALTER TABLE stories ALTER COLUMN lead SET STORAGE MAIN;
  -- A lexeme's positions are in order and the lead fields come first: its first position
  -- is its lead one unless weighted D (the rest of the body).
  UPDATE stories SET lead = coalesce((
    SELECT string_agg('''' || replace(replace(u.lexeme, '\\', '\\\\'), '''', '''''') || ''':' || u.positions[1] || u.weights[1], ' ')
      FROM unnest(search) u WHERE u.weights[1] <> 'D'), '')::tsvector;
  ALTER TABLE stories ALTER COLUMN lead SET NOT NULL;
  CREATE INDEX stories_lead ON stories USING gin (lead);
  `,
  // 4: how many stories each (locale, section) holds per status, kept by the sync in the
  // transaction that changes them (sync.ts), so a section page's count reads a few rows.
  `
  CREATE TABLE section_counts (
    locale text NOT NULL,
    section text NOT NULL,
    status text NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (locale, section, status)
  );
  INSERT INTO section_counts SELECT locale, section, status, count(*) FROM stories GROUP BY 1, 2, 3;
  `,
  // 5: lz4 for the large values (body, whole vector, meta): pglz, the default, was most of
  // the database's work when writing them and slower to read a story back. Values already
  // written keep pglz (both read the same); a server built without lz4 keeps pglz for all.
  `
  DO $$ BEGIN
    ALTER TABLE stories ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN search SET COMPRESSION lz4,
      ALTER COLUMN meta SET COMPRESSION lz4, ALTER COLUMN lead SET COMPRESSION lz4;
  EXCEPTION WHEN feature_not_supported THEN NULL;
  END $$;
  `,
  // 6: the full-text indexes one per language (i18n/locales.ts), so that a word common in
  // the other language costs this one nothing: searched on the English edition, an Arabic
  // word read its 300,000 Arabic stories from the heap to find no English one (seconds).
  `
  CREATE INDEX stories_search_ar ON stories USING gin (search) WHERE locale = 'ar';
  CREATE INDEX stories_search_en ON stories USING gin (search) WHERE locale = 'en';
  CREATE INDEX stories_lead_ar ON stories USING gin (lead) WHERE locale = 'ar';
  CREATE INDEX stories_lead_en ON stories USING gin (lead) WHERE locale = 'en';
  DROP INDEX stories_search;
  DROP INDEX stories_lead;
  `,
  // 7: the pictures the stories name, so that an instance needs no file of the store
  // (media-sync.ts writes them, PostgresSource.media reads them). size and mtime (ms) are
  // the file's, for the same ETag and Last-Modified as the files backend; sha256 spares
  // rewriting a picture only touched. Pictures are compressed already: stored out of line
  // as they are (EXTERNAL), never through pglz/lz4 again.
  `
  CREATE TABLE media (
    file text PRIMARY KEY,
    type text NOT NULL,
    size int NOT NULL,
    mtime bigint NOT NULL,
    sha256 bytea NOT NULL,
    data bytea NOT NULL
  );
  ALTER TABLE media ALTER COLUMN data SET STORAGE EXTERNAL;
  `,
  // 8: editors' share links of drafts (lib/preview/share): every instance asks here
  // whether a link still holds, so a revocation ends it everywhere at once.
  `
  CREATE TABLE share_links (
    link_id text PRIMARY KEY,
    story_id text NOT NULL,
    token text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX share_links_expires ON share_links (expires_at);
  `,
];

/** Counts again the stories of the (locale, section) pairs given into section_counts. */
export async function recount(client: Pool | PoolClient, pairs: readonly { locale: string; section: string }[]): Promise<void> {
  const params = [pairs.map((p) => p.locale), pairs.map((p) => p.section)];
  const each = `SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS p(locale, section)`;
  await client.query(`DELETE FROM section_counts c USING (${each}) p WHERE c.locale = p.locale AND c.section = p.section`, params);
  await client.query(
    `INSERT INTO section_counts SELECT s.locale, s.section, s.status, count(*) FROM stories s JOIN (${each}) p ON s.locale = p.locale AND s.section = p.section GROUP BY 1, 2, 3`,
    params,
  );
}

/** Where the change notifications go (content:sync → every instance). */
export const CHANNEL = 'sahifa_content';

const LOCK = 0x5a41_1f15; // any constant: the advisory lock of this schema

/** Brings the schema up to the newest version; returns the version it is at. */
export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS sahifa_schema (version int NOT NULL)');
      let version = await current(client);
      while (version < MIGRATIONS.length) {
        await client.query('BEGIN');
        try {
          await client.query(MIGRATIONS[version]!);
          await client.query('DELETE FROM sahifa_schema');
          await client.query('INSERT INTO sahifa_schema (version) VALUES ($1)', [version + 1]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
        version++;
      }
      return version;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    }
  } finally {
    client.release();
  }
}

/** The schema's version, 0 when there is none. */
export async function schemaVersion(pool: Pool | PoolClient): Promise<number> {
  const exists = await pool.query(`SELECT to_regclass('sahifa_schema') IS NOT NULL AS ok`);
  return exists.rows[0].ok ? current(pool) : 0;
}

async function current(client: Pool | PoolClient): Promise<number> {
  const r = await client.query<{ version: number }>('SELECT version FROM sahifa_schema');
  return r.rows[0]?.version ?? 0;
}
