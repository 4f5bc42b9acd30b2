// MDN's HTTP Observatory on the shipped edge: deploy/nginx.conf on HTTPS with a throwaway
// local CA (scripts/lib/tls.ts) in front of a production build, each page type scanned as
// the scanner scans a site (HTTP → HTTPS redirect, headers, cookies, the page's scripts).
//   npm run bench:observatory [-- --no-build]
// The scanner is not a dependency: its install step downloads lists (HSTS preload, TLDs),
// which `npm ci` must not. It is installed here, once, into a temporary folder with
// --ignore-scripts, pinned, with an empty HSTS preload list (nothing local is preloaded).
// Its CLI scans only a host's `/` on ports 80/443, so scan.mjs below asks its retriever
// for a path and ports and scores the result with its own grader, as its scan() does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/bench-build';
import { articlePath, benchPages, tempDataDir } from './lib/bench-pages';
import { productionConf, startNginx } from './lib/nginx';
import { freePort, startServer } from './lib/server';
import { makeLocalCa } from './lib/tls';

const VERSION = '1.4.8';
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, dist: { type: 'string', default: '.next-bench' } } });

function install(): string {
  const dir = path.join(os.tmpdir(), `sahifa-observatory-${VERSION}`);
  const pkg = path.join(dir, 'node_modules', '@mdn', 'mdn-http-observatory');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
    console.log(`installing @mdn/mdn-http-observatory@${VERSION} into ${dir} (--ignore-scripts) …`);
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', `@mdn/mdn-http-observatory@${VERSION}`], { cwd: dir, stdio: 'inherit' });
  }
  fs.mkdirSync(path.join(pkg, 'conf'), { recursive: true });
  fs.writeFileSync(path.join(pkg, 'conf', 'hsts-preload.json'), '{}');
  // One page, scored as scan() scores a site: the sum of the tests' modifiers, the bonuses
  // only when the rest already makes an A (MINIMUM_SCORE_FOR_EXTRA_CREDIT).
  fs.writeFileSync(
    path.join(dir, 'scan.mjs'),
    `import { retrieve } from '${pkg}/src/retriever/retriever.js';
import { ALL_TESTS } from '${pkg}/src/constants.js';
import { getGradeForScore, getScoreModifier } from '${pkg}/src/grader/grader.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '${pkg}/src/grader/charts.js';
const [host, httpPort, httpsPort, p] = process.argv.slice(2);
const r = await retrieve(host, { httpPort, httpsPort, path: p });
if (!r.responses.auto) throw new Error('no answer from ' + host);
let all = 100, penalties = 100;
const tests = ALL_TESTS.map((t) => t(r)).map((t) => {
  const modifier = t.result ? getScoreModifier(t.result) : 0;
  all += modifier;
  if (modifier < 0) penalties += modifier;
  return { name: t.constructor.name, result: t.result, modifier };
});
const { grade, score } = getGradeForScore(penalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? all : penalties);
console.log(JSON.stringify({ status: r.responses.auto.status, grade, score, tests }));
`,
  );
  return dir;
}

type Result = { status: number; grade: string; score: number; tests: { name: string; result: string; modifier: number }[] };

async function main() {
  const dir = install();
  await ensureBuild(values.dist, values['no-build']);
  const app = await startServer({ NEXT_DIST_DIR: values.dist, DATA_DIR: tempDataDir(), TRUST_PROXY: '127.0.0.1' });
  const ca = makeLocalCa();
  const tlsPort = await freePort();
  const edge = await startNginx((port) => productionConf(port, [`127.0.0.1:${app.port}`], 'deploy/nginx.conf', { port: tlsPort, cert: ca.cert, key: ca.key }));
  try {
    const pages = benchPages();
    const ar = articlePath(pages.article.ar);
    const targets: [string, string][] = [
      ['front page (ar)', '/ar'],
      ['section (en)', `/en/${pages.section}`],
      ['article (ar)', ar],
      ['search (en)', '/en/search?q=water'],
      ['not found (en)', '/en/no-such-page'],
      ['lite front page (ar)', '/ar/lite'],
      ['lite article (ar)', ar.replace(/^\/ar\//, '/ar/lite/')],
      ['offline page (en)', '/en/offline'],
      ['feed (ar)', '/ar/rss.xml'],
    ];
    console.log(`MDN HTTP Observatory ${VERSION}, through deploy/nginx.conf on HTTPS (local CA), ${new Date().toISOString().slice(0, 10)}`);
    console.log('| page | path | grade | score | what costs points (modifier) |\n|---|---|---|---|---|');
    for (const [name, p] of targets) {
      const out = execFileSync(process.execPath, [path.join(dir, 'scan.mjs'), '127.0.0.1', String(edge.port), String(tlsPort), p], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.ca },
        encoding: 'utf8',
      });
      const r = JSON.parse(out) as Result;
      const costs = r.tests.filter((t) => t.modifier < 0).map((t) => `${t.result} (${t.modifier})`);
      const bonus = r.tests.filter((t) => t.modifier > 0).map((t) => `${t.result} (+${t.modifier})`);
      console.log(`| ${name} | \`${p}\` | ${r.grade} | ${r.score} | ${costs.join(', ') || 'none'}; bonus: ${bonus.join(', ') || 'none'} |`);
    }
  } finally {
    await edge.stop();
    await app.stop();
    ca.remove();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
