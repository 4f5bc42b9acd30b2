import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/browser';

const PORT = Number(process.env.E2E_PORT || 3200);
const BIG_PORT = PORT + 1;
// The fixture store's server (E2E_FIXTURE_PORT when PORT + 2 is taken by someone else).
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT || PORT + 2);
export const e2e = { base: `http://127.0.0.1:${PORT}`, big: `http://127.0.0.1:${BIG_PORT}`, fixture: `http://127.0.0.1:${FIXTURE_PORT}` };

// The servers run the production build (`npm run build` first) on copies of a store in
// .e2e/, so tests may add and edit files without touching content/. The second one
// serves a generated store large enough to page through; the third, e2e/store, a small
// store whose lists, counts and orders the tests write out by hand.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // A flaky test is a bug to fix, never retried away; a left-over test.only fails CI.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: e2e.base,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: /\.edit\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    { name: 'mobile', testIgnore: /\.edit\.spec\.ts$/, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' } },
    // Tests that edit the running server's store go last, so they cannot disturb the others.
    { name: 'editing', testMatch: /\.edit\.spec\.ts$/, dependencies: ['desktop', 'mobile'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    { command: `node --import tsx scripts/e2e-server.ts demo ${PORT}`, url: `${e2e.base}/api/health`, reuseExistingServer: false, timeout: 120_000, stdout: 'pipe', stderr: 'pipe' },
    { command: `node --import tsx scripts/e2e-server.ts big ${BIG_PORT}`, url: `${e2e.big}/api/health`, reuseExistingServer: false, timeout: 180_000, stdout: 'pipe', stderr: 'pipe' },
    { command: `node --import tsx scripts/e2e-server.ts fixture ${FIXTURE_PORT}`, url: `${e2e.fixture}/api/health`, reuseExistingServer: false, timeout: 120_000, stdout: 'pipe', stderr: 'pipe' },
  ],
});
