// One server per DATA_DIR: a second `next start` on the demo server's folder stops at once
// with a message that says why and what to do, and the first one keeps counting.
import path from 'node:path';
import { expect, test } from '@playwright/test';
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
  const id = demoStore().latest({ locale: 'en' }, 5, reader)[4]!.id;
  expect((await beaconFrom(baseURL!, '127.0.0.31', id)).status).toBe(204);
});
