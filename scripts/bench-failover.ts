// Readers through the edge while a release rolls over three instances, one is killed, and
// the database stops for 20 s (scripts/lib/failover.ts). Needs a production build:
//   npm run build && npm run bench:failover [-- --instances 3 --readers 8 --stories 3000 --db-down 20]
//     [--logs DIR (keep the instances' and nginx's logs)] [--conf FILE (another nginx config, e.g. an older one)]
// Prints, per phase, requests sent, answers other than 2xx by status, p99 latency, and read
// beacons accepted against counted (figures in docs/performance.md, "Failover").
import { parseArgs } from 'node:util';
import { failoverTargets, phaseTable, runFailover } from './lib/failover';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '3' },
    readers: { type: 'string', default: '8' },
    stories: { type: 'string', default: '3000' },
    steady: { type: 'string', default: '10' },
    'kill-down': { type: 'string', default: '5' },
    'db-down': { type: 'string', default: '20' },
    logs: { type: 'string' },
    conf: { type: 'string' },
  },
});

async function main() {
  const t0 = Date.now();
  const report = await runFailover({
    instances: Number(values.instances),
    readers: Number(values.readers),
    stories: Number(values.stories),
    steadyMs: Number(values.steady) * 1000,
    killDownMs: Number(values['kill-down']) * 1000,
    dbDownMs: Number(values['db-down']) * 1000,
    log: (line) => console.log(line),
    logDir: values.logs,
    nginxConf: values.conf,
  });
  console.log(`\n${phaseTable(report.phases)}\n`);
  for (const note of report.notes) console.log(`- ${note}`);
  // The targets `npm run test:failover` asserts, on this run.
  for (const v of failoverTargets(report, Number(values.readers))) console.log(`${v.ok ? '✓' : '✗'} ${v.what}${!v.ok && v.detail ? `\n    ${v.detail}` : ''}`);
  console.log(`(${Math.round((Date.now() - t0) / 1000)} s; ${report.outcomes.length.toLocaleString('en')} requests)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
