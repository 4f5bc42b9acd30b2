/** One read of an article, as the beacon route reports it. */
export type Read = {
  id: string;
  locale: string;
  /** Who read, as raw material for the dedupe hash: the client address (an IPv6 /64). Never stored. */
  visitor: string;
};

/** Epoch ms of an article's publication, for breaking ties; undefined when unknown. */
export type PublishedAt = (id: string) => number | undefined;

/** Where reads are counted: a file in this process, or Redis shared by several. */
export interface ViewStore {
  /** Counts the read unless the same visitor read the same article in the last 30 minutes. True when counted. */
  record(read: Read): Promise<boolean>;
  /** Ids of a locale's articles, most read over the window first. */
  top(locale: string, n: number, published?: PublishedAt): Promise<string[]>;
  /** Writes what is pending and lets go of timers and connections. */
  close(): Promise<void>;
}
