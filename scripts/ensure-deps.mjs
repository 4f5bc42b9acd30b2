// Installs the project's packages (npm ci) when node_modules is missing or does not match
// package-lock.json, so `npm test` and `npm run serve` each work on a fresh clone, in
// either order. Plain Node on purpose: it runs before anything is installed.
//
//   node scripts/ensure-deps.mjs      install if needed, else say it is up to date
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const same = (a, b) => a?.version === b?.version && a?.resolved === b?.resolved && Boolean(a?.link) === Boolean(b?.link);

/**
 * Why `root` needs an install, or null when node_modules matches the lock file. npm keeps
 * what it installed in node_modules/.package-lock.json; every package the lock file
 * requires (optional ones may be absent on this platform) must be there, at its version,
 * and on disk.
 */
export function needsInstall(root) {
  const installedFile = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installedFile)) return 'node_modules is missing';
  const wanted = readJson(path.join(root, 'package-lock.json')).packages ?? {};
  let installed;
  try {
    installed = readJson(installedFile).packages ?? {};
  } catch {
    return 'node_modules/.package-lock.json is unreadable';
  }
  for (const [where, entry] of Object.entries(wanted)) {
    if (where === '' || !where.startsWith('node_modules/') || entry.optional) continue;
    if (!same(entry, installed[where])) return `${where.slice('node_modules/'.length)} is missing or not the locked version`;
    if (!fs.existsSync(path.join(root, where, 'package.json'))) return `${where} is missing on disk`;
  }
  return null;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url))) {
  const root = process.cwd();
  const reason = needsInstall(root);
  if (!reason) {
    console.log('deps: node_modules matches package-lock.json');
  } else {
    console.log(`deps: ${reason}; running npm ci`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  // npm ci applies it (postinstall); a node_modules installed before it came needs it too.
  const patch = path.join(root, 'scripts', 'patch-next.mjs');
  if (fs.existsSync(patch)) {
    const run = spawnSync(process.execPath, [patch, root], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
