// Share links in the content database (CONTENT_BACKEND=postgres without Redis): the
// share_links table (lib/content/postgres/schema.ts), asked on every request, so every
// instance sees a revocation at once.
import type { Pool } from 'pg';
import { MAX_LINKS, type ShareLink, type ShareStore } from './types';

type Row = { link_id: string; story_id: string; token: string; created_by: string; created_at: Date; expires_at: Date };
const toLink = (r: Row): ShareLink => ({ linkId: r.link_id, id: r.story_id, token: r.token, by: r.created_by, createdAt: r.created_at.getTime(), expires: r.expires_at.getTime() });

export class PostgresShareStore implements ShareStore {
  constructor(private readonly pool: Pool) {}

  async add(link: ShareLink, now: number): Promise<'ok' | 'full'> {
    await this.pool.query('DELETE FROM share_links WHERE expires_at <= $1', [new Date(now)]);
    // One statement: the count and the insert cannot be split by another instance's insert
    // into more than MAX_LINKS by more than the instances racing.
    const r = await this.pool.query(
      `INSERT INTO share_links (link_id, story_id, token, created_by, created_at, expires_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM share_links) < $7`,
      [link.linkId, link.id, link.token, link.by, new Date(link.createdAt), new Date(link.expires), MAX_LINKS],
    );
    return r.rowCount === 1 ? 'ok' : 'full';
  }

  async has(linkId: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM share_links WHERE link_id = $1', [linkId])).rowCount === 1;
  }

  async list(now: number): Promise<ShareLink[]> {
    const r = await this.pool.query<Row>('SELECT * FROM share_links WHERE expires_at > $1 ORDER BY created_at', [new Date(now)]);
    return r.rows.map(toLink);
  }

  async remove(linkId: string): Promise<boolean> {
    return (await this.pool.query('DELETE FROM share_links WHERE link_id = $1', [linkId])).rowCount === 1;
  }
}
