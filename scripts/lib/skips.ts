// SKIP_POSTGRES=1 / SKIP_REDIS=1 let a developer without those servers run the rest of the
// suite. In CI (CI=true) a skip would turn the suite green with the database untested: there
// it is an error, said once, by every runner that honours the skips.

/** Why the skips in `env` are refused, or undefined when they are allowed (or none is set). */
export function refusedSkips(env: Record<string, string | undefined> = process.env): string | undefined {
  const set = ['SKIP_POSTGRES', 'SKIP_REDIS'].filter((k) => env[k] === '1');
  if (!set.length || !env.CI || env.CI === 'false' || env.CI === '0') return undefined;
  return `${set.join(' and ')} cannot be set in CI (CI=${env.CI}): the tests they skip are part of the suite there`;
}
