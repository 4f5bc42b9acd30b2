import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['{lib,scripts,components,i18n,messages}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['scripts/lib/vitest-setup.ts'],
  },
});
