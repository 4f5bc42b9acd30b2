// The one error a content source throws when its store cannot answer (a database that is
// down): APIs answer 503 for it, never an empty list presented as the truth.
const BRAND = Symbol.for('sahifa.contentUnavailable');

export class ContentUnavailableError extends Error {
  readonly status = 503;
  readonly [BRAND] = true;
  constructor(cause: unknown) {
    super(`the content store is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'ContentUnavailableError';
  }
}

/**
 * Whether `e` is a ContentUnavailableError. Not `instanceof`: Next bundles route handlers
 * apart, and the process-wide source may have been made by another bundle's copy of the class.
 */
export const isContentUnavailable = (e: unknown): e is ContentUnavailableError => typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
