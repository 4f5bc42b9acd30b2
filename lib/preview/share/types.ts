// A share link as the store keeps it: enough to list it on the desk (who, when it ends,
// its address) and to say whether it still holds. A link is live while its record is
// there and its token checks out: revoking removes the record.
export type ShareLink = {
  linkId: string;
  /** The story's id. */
  id: string;
  /** The link's token (token.ts): the desk shows the address again, revoke takes it. */
  token: string;
  /** The name the editor gave, '' when none. */
  by: string;
  createdAt: number;
  expires: number;
};

export interface ShareStore {
  /** Keeps `link`; 'full' when MAX_LINKS live links are kept already (expired ones are dropped first). */
  add(link: ShareLink, now: number): Promise<'ok' | 'full'>;
  /** Whether the link is kept (not revoked). Asked of the shared place on every request: no cache. */
  has(linkId: string): Promise<boolean>;
  /** Every kept link that has not expired. */
  list(now: number): Promise<ShareLink[]>;
  /** Revokes: false when there was no such link. */
  remove(linkId: string): Promise<boolean>;
}

/** How many live links a site keeps at most: a request can add one, so there is a bound. */
export const MAX_LINKS = 5000;

export const isShareLink = (v: unknown): v is ShareLink => {
  const l = v as ShareLink;
  return typeof l === 'object' && l !== null && typeof l.linkId === 'string' && typeof l.id === 'string' && typeof l.token === 'string' && typeof l.by === 'string' && Number.isFinite(l.createdAt) && Number.isFinite(l.expires);
};
