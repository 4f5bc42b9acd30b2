// The one error a content source throws when its store cannot answer (a database that is
// down): pages and APIs answer 503 for it, never an empty list presented as the truth.
export class ContentUnavailableError extends Error {
  readonly status = 503;
  constructor(cause: unknown) {
    super(`the content store is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'ContentUnavailableError';
  }
}
