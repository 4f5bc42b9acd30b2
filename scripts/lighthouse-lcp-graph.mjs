// What Lighthouse's simulated LCP is made of, for one saved run: the requests and main-thread
// tasks in its optimistic and pessimistic graphs (LCP is the mean of the two), and for each
// script whether the simulation could tell that it ran after the paint (then it is left out).
//   npm run bench:lighthouse -- --save-assets --runs 1   (or lighthouse … --save-assets)
//   node scripts/lighthouse-lcp-graph.mjs bench-out/lighthouse/system.en_news.1.json
// Needs the run's `-0.trace.json` and `-0.devtoolslog.json` beside its report. Lighthouse
// 12.2.3's own modules compute the graphs, so the figures are the report's.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const report = process.argv[2];
if (!report) {
  console.error('usage: node scripts/lighthouse-lcp-graph.mjs <report.json>');
  process.exit(2);
}
const base = report.replace(/\.json$/, '');
const core = pathToFileURL(path.resolve('node_modules/lighthouse/core')).href;
const { LanternLargestContentfulPaint } = await import(`${core}/computed/metrics/lantern-largest-contentful-paint.js`);
const { PageDependencyGraph } = await import(`${core}/computed/page-dependency-graph.js`);
const { ProcessedNavigation } = await import(`${core}/computed/processed-navigation.js`);
const { defaultSettings } = await import(`${core}/config/constants.js`);

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const lhr = read(report);
const trace = read(`${base}-0.trace.json`);
const devtoolsLog = read(`${base}-0.devtoolslog.json`);
const settings = { ...defaultSettings, ...lhr.configSettings };
const URL = { requestedUrl: lhr.requestedUrl, mainDocumentUrl: lhr.mainDocumentUrl ?? lhr.finalDisplayedUrl, finalDisplayedUrl: lhr.finalDisplayedUrl };
const context = { computedCache: new Map(), settings };
const data = { trace, devtoolsLog, gatherContext: { gatherMode: 'navigation' }, settings, URL, simulator: null };

const lcp = await LanternLargestContentfulPaint.request(data, context);
const nav = await ProcessedNavigation.request(trace, context);
const t0 = nav.timestamps.timeOrigin;
const ms = (ts) => Math.round((ts - t0) / 1000);
const short = (url) => url.replace(/^https?:\/\/[^/]+/, '').slice(0, 64);
console.log(`simulated LCP ${Math.round(lcp.timing)} ms = mean of optimistic ${Math.round(lcp.optimisticEstimate.timeInMs)} and pessimistic ${Math.round(lcp.pessimisticEstimate.timeInMs)}; observed LCP ${ms(nav.timestamps.largestContentfulPaint)} ms`);

for (const [name, graph] of [['optimistic', lcp.optimisticGraph], ['pessimistic', lcp.pessimisticGraph]]) {
  let bytes = 0;
  const rows = [];
  graph.traverse((node) => {
    if (node.type === 'network') {
      bytes += node.request.transferSize;
      rows.push(`  ${(node.request.transferSize / 1024).toFixed(1).padStart(6)} KB  ${node.request.priority.padEnd(8)} ${short(node.request.url)}`);
    } else {
      rows.push(`  ${((node.endTime - node.startTime) / 1000).toFixed(1).padStart(6)} ms  task at ${ms(node.startTime)} ms`);
    }
  });
  console.log(`\n${name}: ${(bytes / 1024).toFixed(1)} KB in its requests`);
  console.log(rows.join('\n'));
}

// A script is left out only when the task that evaluated it started after the observed LCP;
// tasks under 10 ms are pruned from the graph, and a script whose evaluation cannot be found
// is kept whatever its timing.
const graph = await PageDependencyGraph.request({ trace, devtoolsLog, URL }, context);
const evaluated = new Map();
graph.traverse((node) => {
  if (node.type !== 'cpu') return;
  for (const url of node.getEvaluateScriptURLs()) if (!evaluated.has(url) || node.startTime < evaluated.get(url)) evaluated.set(url, node.startTime);
});
console.log('\nscripts: loaded by, evaluated at (a task of 10 ms or more)');
graph.traverse((node) => {
  if (node.type !== 'network' || node.request.resourceType !== 'Script') return;
  const at = evaluated.get(node.request.url);
  console.log(`  ${String(ms(node.endTime)).padStart(5)} ms  ${at === undefined ? '   (none)' : `${String(ms(at)).padStart(5)} ms`}  ${short(node.request.url)}`);
});
