// Share links in Redis (VIEWS_REDIS_URL): one hash, link id → the link as JSON. Every
// instance asks it on every request, so a revocation holds everywhere at once.
import type Redis from 'ioredis';
import { isShareLink, MAX_LINKS, type ShareLink, type ShareStore } from './types';

export class RedisShareStore implements ShareStore {
  private readonly key: string;
  constructor(
    private readonly redis: Redis,
    prefix = '',
  ) {
    this.key = `${prefix}share:links`;
  }

  private async all(): Promise<ShareLink[]> {
    const raw = await this.redis.hgetall(this.key);
    const links: ShareLink[] = [];
    for (const v of Object.values(raw)) {
      try {
        const l: unknown = JSON.parse(v);
        if (isShareLink(l)) links.push(l);
      } catch {
        /* not ours: left out */
      }
    }
    return links;
  }

  async add(link: ShareLink, now: number): Promise<'ok' | 'full'> {
    if ((await this.redis.hlen(this.key)) >= MAX_LINKS) {
      const expired = (await this.all()).filter((l) => l.expires <= now).map((l) => l.linkId);
      if (expired.length) await this.redis.hdel(this.key, ...expired);
      if ((await this.redis.hlen(this.key)) >= MAX_LINKS) return 'full';
    }
    await this.redis.hset(this.key, link.linkId, JSON.stringify(link));
    return 'ok';
  }

  async has(linkId: string): Promise<boolean> {
    return (await this.redis.hexists(this.key, linkId)) === 1;
  }

  async list(now: number): Promise<ShareLink[]> {
    return (await this.all()).filter((l) => l.expires > now);
  }

  async remove(linkId: string): Promise<boolean> {
    return (await this.redis.hdel(this.key, linkId)) === 1;
  }
}
