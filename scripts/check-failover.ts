// Failover, at a small size, with its targets as checks (issue #27): `npm run test:failover`,
// part of `npm test` after the build. The scenario of `npm run bench:failover`
// (scripts/lib/failover.ts): two instances behind deploy/nginx.conf on one PostgreSQL and one
// Redis, readers through the edge, while the instances are restarted one after the other,
// one is killed, and the database stops for a few seconds. Exit 1 when a target is missed:
// an error for a reader during the rolling restart (or before, or after); more errors during
// the kill than requests in flight; during the database stop, a cached section page not
// answered 200, or an answer other than 503 with Retry-After (a page whose render was under
// way at the stop may still be a 500); an accepted read beacon not counted.
// Skipped when SKIP_POSTGRES=1 or SKIP_REDIS=1.
import { failoverTargets, phaseTable, runFailover } from './lib/failover';

const READERS = 4;

async function main() {
  if (process.env.SKIP_POSTGRES === '1' || process.env.SKIP_REDIS === '1') {
    console.log('check-failover: skipped (SKIP_POSTGRES or SKIP_REDIS is set)');
    return 0;
  }
  const t0 = Date.now();
  const report = await runFailover({ instances: 2, readers: READERS, stories: 300, steadyMs: 2_000, killDownMs: 1_000, dbDownMs: 4_000, log: (l) => console.log(l) });
  console.log(`\n${phaseTable(report.phases)}\n`);
  let failed = false;
  for (const v of failoverTargets(report, READERS)) {
    console.log(`${v.ok ? '✓' : '✗'} ${v.what}${!v.ok && v.detail ? `\n    ${v.detail}` : ''}`);
    if (!v.ok) failed = true;
  }
  console.log(`${failed ? 'FAILED' : 'all passed'} in ${Math.round((Date.now() - t0) / 1000)} s`);
  return failed ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
