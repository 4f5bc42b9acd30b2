/** One read of an article, as the beacon route reports it. */
export type Read = {
  id: string;
  locale: string;
  /** Who read, as raw material for the dedupe hash: the client address (an IPv6 /64). Never stored. */
  visitor: string;
  /**
   * The reader's token (reader-token.ts), when the beacon carried a valid one: then the read
   * counts once per token, not once per address, and readers behind one address are told apart.
   */
  reader?: string;
  /** At most this many reads of one story count per address per 30 minutes (tokens or not); unset: no cap. */
  cap?: number;
};

/** The dedupe material of a read: its token, else its address; and the cap's, its address. */
export const dedupeMaterial = (read: Read): string => (read.reader ? `reader:${read.reader}\n${read.id}` : `${read.visitor}\n${read.id}`);
export const capMaterial = (read: Read): string => `cap:${read.visitor}\n${read.id}`;

/** Epoch ms of an article's publication, for breaking ties; undefined when unknown. */
export type PublishedAt = (id: string) => number | undefined;

/** Where reads are counted: a file in this process, or Redis shared by several. */
export interface ViewStore {
  /**
   * Counts the read unless the same visitor (token, else address) read the same article in
   * the last 30 minutes, or its address already has `cap` reads of it. True when counted.
   */
  record(read: Read): Promise<boolean>;
  /** Ids of a locale's articles, most read over the window first. */
  top(locale: string, n: number, published?: PublishedAt): Promise<string[]>;
  /** Writes what is pending and lets go of timers and connections. */
  close(): Promise<void>;
}
