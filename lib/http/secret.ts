import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a secret in constant time (hashing first, so lengths do not leak either). */
export function secretMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
