// The README's two commands must each work on a fresh clone, in either order: both start
// by installing what is missing. Checked on a tiny project with a local package (no network).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json';
// @ts-expect-error: a plain .mjs script, without types
import { needsInstall } from './ensure-deps.mjs';

const script = path.resolve(__dirname, 'ensure-deps.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-deps-'));
  dirs.push(root);
  fs.mkdirSync(path.join(root, 'dep'));
  fs.writeFileSync(path.join(root, 'dep/package.json'), JSON.stringify({ name: 'dep', version: '1.0.0' }));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0', private: true, dependencies: { dep: 'file:./dep' } }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: root, stdio: 'pipe' });
  fs.rmSync(path.join(root, 'node_modules'), { recursive: true, force: true });
  return root;
}

describe('scripts/ensure-deps.mjs', () => {
  it('is the first step of `npm test` and of `npm run serve`', () => {
    for (const name of ['test', 'serve'] as const) expect(pkg.scripts[name].split('&&')[0]!.trim()).toBe('node scripts/ensure-deps.mjs');
  });

  it('installs into a fresh clone, then leaves a matching node_modules alone', () => {
    const root = project();
    expect(needsInstall(root)).toBe('node_modules is missing');
    const first = execFileSync('node', [script], { cwd: root, encoding: 'utf8' });
    expect(first).toContain('running npm ci');
    expect(fs.existsSync(path.join(root, 'node_modules/dep/package.json'))).toBe(true);
    expect(needsInstall(root)).toBeNull();
    expect(execFileSync('node', [script], { cwd: root, encoding: 'utf8' })).toContain('matches package-lock.json');
  }, 60_000);

  it('installs again when the lock file asks for something node_modules lacks', () => {
    const root = project();
    execFileSync('node', [script], { cwd: root, stdio: 'pipe' });
    const lockFile = path.join(root, 'package-lock.json');
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
    lock.packages['node_modules/dep'].resolved = 'elsewhere';
    fs.writeFileSync(lockFile, JSON.stringify(lock));
    expect(needsInstall(root)).toMatch(/^dep is missing or not the locked version/);
    fs.rmSync(path.join(root, 'node_modules/dep'), { recursive: true, force: true });
    lock.packages['node_modules/dep'].resolved = 'dep';
    fs.writeFileSync(lockFile, JSON.stringify(lock));
    expect(needsInstall(root)).toBe('node_modules/dep is missing on disk');
  }, 60_000);
});
