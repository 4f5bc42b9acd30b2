// Visitors are recognised by a keyed hash of (address, article) whose key
// (the salt) is random, lives in memory and changes every 30 minutes. Once a salt is
// dropped nobody, us included, can link its hashes back to a visitor.
import { createHmac, randomBytes } from 'node:crypto';
import { DEDUPE_MS } from './settings';

export const saltEpoch = (now: number, spanMs = DEDUPE_MS): number => Math.floor(now / spanMs);

export const newSalt = (): string => randomBytes(32).toString('base64url');

/** 128 bits of HMAC-SHA256: plenty to avoid collisions, half the memory of the full hex digest. */
export function visitorHash(salt: string, material: string): string {
  return createHmac('sha256', salt).update(material).digest('base64url').slice(0, 22);
}

/** Salts for the current and the previous epoch; older ones are forgotten. */
export class RotatingSalt {
  private salts = new Map<number, string>();

  constructor(private readonly spanMs = DEDUPE_MS) {}

  /** The current epoch's salt and, if this process made one then, the previous epoch's. */
  at(now: number): { current: string; previous?: string } {
    const epoch = saltEpoch(now, this.spanMs);
    let current = this.salts.get(epoch);
    if (!current) {
      current = newSalt();
      this.salts.set(epoch, current);
      for (const e of this.salts.keys()) if (e < epoch - 1) this.salts.delete(e);
    }
    return { current, previous: this.salts.get(epoch - 1) };
  }
}
