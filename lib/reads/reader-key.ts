// The key reader tokens are signed with (reader-token.ts), the same for every instance
// that counts together: with Redis it lives there (the first instance makes it); with the
// file store, in DATA_DIR/reader.key beside the counts (only the lock's holder writes it).
// Losing it only means readers get new tokens.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Redis from 'ioredis';

export const READER_KEY_FILE = 'reader.key';

const newKey = () => randomBytes(32).toString('base64url');

/** DATA_DIR's key, made (mode 0600) when missing or unreadable. */
export function fileReaderKey(dataDir: string): string {
  const file = path.join(dataDir, READER_KEY_FILE);
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{43}$/.test(key)) return key;
  } catch {
    /* none yet */
  }
  const key = newKey();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/** Redis's key under `prefix`: the first instance to ask sets it, the others read it. */
export async function redisReaderKey(redis: Redis, prefix: string): Promise<string> {
  const name = `${prefix}reader-key`;
  const mine = newKey();
  const existing = (await redis.call('SET', name, mine, 'NX', 'GET')) as string | null;
  return existing ?? mine;
}
