// Share links end to end: made for a story, checked on each request (signature, expiry,
// then the store: not revoked), listed for the desk, revoked.
import { previewSecret } from '@/lib/preview/token';
import { shareStore } from './store';
import { signShare, verifyShare, type ShareClaim } from './token';
import type { ShareLink } from './types';

/** The claim of a live link: signed with today's secret, not expired, not revoked. */
export async function liveShare(token: string | undefined | null, now = Date.now()): Promise<ShareClaim | undefined> {
  const claim = verifyShare(token, previewSecret(), now);
  if (!claim) return undefined;
  return (await shareStore().has(claim.linkId)) ? claim : undefined;
}

/** A new link to story `id` for `hours`; undefined when the store holds as many links as it may. */
export async function makeShare(id: string, hours: number, by: string, now = Date.now()): Promise<ShareLink | undefined> {
  const secret = previewSecret();
  if (!secret) throw new Error('share links need PREVIEW_SECRET');
  const { token, claim } = signShare(secret, id, hours, now);
  const link: ShareLink = { linkId: claim.linkId, id, token, by, createdAt: now, expires: claim.expires };
  return (await shareStore().add(link, now)) === 'ok' ? link : undefined;
}

/** Revokes the link of `token`: false when no such live link exists. */
export async function revokeShare(token: string | undefined): Promise<boolean> {
  const claim = verifyShare(token, previewSecret());
  return claim ? shareStore().remove(claim.linkId) : false;
}

/** Live links (a changed secret has ended the others), newest first, grouped by story id. */
export async function liveLinks(now = Date.now()): Promise<Map<string, ShareLink[]>> {
  const secret = previewSecret();
  const byStory = new Map<string, ShareLink[]>();
  for (const l of (await shareStore().list(now)).sort((a, b) => b.createdAt - a.createdAt)) {
    if (!verifyShare(l.token, secret, now)) continue;
    byStory.set(l.id, [...(byStory.get(l.id) ?? []), l]);
  }
  return byStory;
}
