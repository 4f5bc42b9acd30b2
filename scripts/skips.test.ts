// In CI a skipped database is a failure, for each runner that honours SKIP_POSTGRES / SKIP_REDIS.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { refusedSkips } from './lib/skips';

const run = (cmd: string, args: string[], env: Record<string, string>) => {
  const rest = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['CI', 'SKIP_POSTGRES', 'SKIP_REDIS'].includes(k)));
  return spawnSync(cmd, args, { env: { ...rest, ...env } as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 60_000 });
};

describe('SKIP_POSTGRES / SKIP_REDIS', () => {
  it('are refused when CI is set, and only then', () => {
    expect(refusedSkips({ CI: 'true', SKIP_POSTGRES: '1' })).toMatch(/SKIP_POSTGRES cannot be set in CI/);
    expect(refusedSkips({ CI: '1', SKIP_REDIS: '1' })).toMatch(/SKIP_REDIS cannot be set in CI/);
    expect(refusedSkips({ CI: 'true' })).toBeUndefined();
    expect(refusedSkips({ SKIP_POSTGRES: '1', SKIP_REDIS: '1' })).toBeUndefined();
    expect(refusedSkips({ CI: 'false', SKIP_POSTGRES: '1' })).toBeUndefined();
  });

  it('check-cluster fails in CI when told to skip, and skips outside it', () => {
    const ci = run('node_modules/.bin/tsx', ['scripts/check-cluster.ts'], { CI: 'true', SKIP_REDIS: '1' });
    expect(ci.status, ci.stdout + ci.stderr).toBe(1);
    expect(ci.stderr).toMatch(/SKIP_REDIS cannot be set in CI/);
    const local = run('node_modules/.bin/tsx', ['scripts/check-cluster.ts'], { SKIP_REDIS: '1' });
    expect(local.status, local.stdout + local.stderr).toBe(0);
    expect(local.stdout).toMatch(/skipped/);
  });

  it('vitest fails in CI when told to skip', () => {
    const ci = run('node_modules/.bin/vitest', ['run', 'lib/format/dates.test.ts'], { CI: 'true', SKIP_POSTGRES: '1' });
    expect(ci.status).not.toBe(0);
    expect(ci.stdout + ci.stderr).toMatch(/SKIP_POSTGRES cannot be set in CI/);
  });
});
