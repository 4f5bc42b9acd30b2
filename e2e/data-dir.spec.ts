// One server per DATA_DIR: a second `next start` on the demo server's folder stops at once
// with a message that says why and what to do, and the first one keeps counting.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SNAPSHOT_NAME } from '../lib/reads/file-store';
import { parseSnapshot } from '../lib/reads/tally';
import { freePort } from '../scripts/lib/server';
import { demoStore, reader } from './fixtures';
import { beaconFrom } from './http';
import { startExpectingExit } from './servers';

test.skip(({ isMobile }) => isMobile, 'a process test: once is enough');

test('a second server on a DATA_DIR in use refuses to start, saying why, and the first keeps counting', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { code, output } = await startExpectingExit({ DATA_DIR: path.resolve('.e2e/demo/data') }, await freePort());
  expect(code).toBe(1);
  expect(output).toContain(`DATA_DIR ${path.resolve('.e2e/demo/data')} is in use by process`);
  expect(output).toMatch(/own DATA_DIR.*VIEWS_REDIS_URL/s);
  // Still counting: the read is in the first server's snapshot (written every 2 s when changed).
  const id = demoStore().latest({ locale: 'en' }, 5, reader)[4]!.id;
  const counted = () => {
    try {
      const days = parseSnapshot(fs.readFileSync(path.resolve('.e2e/demo/data', SNAPSHOT_NAME), 'utf8')).days;
      return Object.values(days).reduce((n, locales) => n + (locales.en?.[id] ?? 0), 0);
    } catch {
      return 0; // nothing written yet
    }
  };
  const before = counted();
  expect((await beaconFrom(baseURL!, '127.0.0.31', id)).status).toBe(204);
  await expect.poll(counted).toBe(before + 1);
});
