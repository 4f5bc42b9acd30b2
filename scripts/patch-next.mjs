// One change to Next 16.4.6's production runtime, applied after every install (npm's
// `postinstall`, and scripts/ensure-deps.mjs).
//
// After each page it renders for its cache (ISR), Next decodes the page's whole RSC payload
// again and encodes it anew for each route segment (`collectSegmentData` in app-render), to
// store per-segment prefetch responses beside the page. Only a link that prefetches asks for
// them, and no link here does (prefetch={false}; e2e/frame.spec.ts "reading a page fetches no
// other page"). The step is ~20 ms of the ~50 ms of CPU an uncached story costs, and Next has no
// setting to skip it (docs/performance.md, "Archive on PostgreSQL"). Without it the page, its
// RSC payload and client navigations are unchanged; Next writes no `.segments` files.
//
// When Next's file holds neither the expected call nor this change (another Next release, a
// security fix included), the install goes on unpatched: a loud warning here, and
// `npm run test:weight` and the unit test (scripts/patch-next.test.ts) fail with UNPATCHED
// until the change is derived again (see REDERIVE). Never misapplied, never a failed install:
// stock Next serves the same pages, only ~20 ms more CPU per uncached render.
//
//   node scripts/patch-next.mjs [root]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUNTIME = 'node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js';
export const CALL = 'i.segmentData=await r.collectSegmentData(n.cacheComponents,e,d,o,c,!!n.experimental.prefetchInlining,s,m)';
export const SKIPPED = 'i.segmentData=void 0/* sahifa: no per-segment prefetch data, scripts/patch-next.mjs */';

export const UNPATCHED = `patch-next: UNPATCHED: ${RUNTIME} is not the one this change was written for (Next 16.4.6)`;
export const REDERIVE =
  'The site works as stock Next does, but each uncached render again pays for per-segment prefetch data no link reads. ' +
  "To derive the change again: find the `collectSegmentData(` call in that file, set CALL in scripts/patch-next.mjs to the new minified statement " +
  '(the assignment to `.segmentData`) and SKIPPED to the same assignment of `void 0`, then run `node scripts/patch-next.mjs` and `npx vitest run scripts/patch-next.test.ts`; ' +
  'or remove the script if Next can now be told to skip that step.';

/** The runtime's text with the call skipped; 'patched' when it already is; throws when neither. */
export function patchRuntime(text) {
  if (text.includes(SKIPPED) && !text.includes(CALL)) return 'patched';
  const at = text.indexOf(CALL);
  if (at < 0 || text.indexOf(CALL, at + 1) >= 0) throw new Error(`${UNPATCHED}. ${REDERIVE}`);
  return text.replace(CALL, SKIPPED);
}

/** Whether the installed runtime carries the change (checks that must fail when it does not). */
export function isPatched(root) {
  try {
    return patchRuntime(fs.readFileSync(path.join(root, RUNTIME), 'utf8')) === 'patched';
  } catch {
    return false;
  }
}

export function patchNext(root) {
  const file = path.join(root, RUNTIME);
  const result = patchRuntime(fs.readFileSync(file, 'utf8'));
  if (result === 'patched') return 'already patched';
  // A new file, not an edit in place: node_modules may share files with other checkouts.
  const tmp = `${file}.sahifa-${process.pid}`;
  fs.writeFileSync(tmp, result);
  fs.renameSync(tmp, file);
  return 'patched';
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  try {
    console.log(`patch-next: ${patchNext(path.resolve(process.argv[2] ?? '.'))} (${RUNTIME})`);
  } catch (e) {
    // Loud, but the install goes on: a framework fix must install the day it ships.
    const line = '!'.repeat(78);
    console.warn(`${line}\n${e instanceof Error ? e.message : e}\nThe install goes on unpatched; npm run test:weight fails until this is done.\n${line}`);
  }
}
