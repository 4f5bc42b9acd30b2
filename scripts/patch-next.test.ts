import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, without types
import { CALL, REDERIVE, RUNTIME, SKIPPED, isPatched, patchNext, patchRuntime } from './patch-next.mjs';

describe("the change to Next's runtime", () => {
  it('skips the per-segment prefetch data, once, and leaves the rest of the file as it was', () => {
    const text = `a();${CALL};b()`;
    expect(patchRuntime(text)).toBe(`a();${SKIPPED};b()`);
    expect(patchRuntime(`a();${SKIPPED};b()`)).toBe('patched');
  });

  it('refuses a runtime it was not written for, rather than miss or misplace the change', () => {
    expect(() => patchRuntime('a();i.segmentData=await r.collectSegmentData(x);b()')).toThrow(/not the one this change was written for/);
    expect(() => patchRuntime(`${CALL};${CALL}`)).toThrow(/not the one/);
  });

  it('writes a new file (node_modules may be shared by hard links) and is idempotent', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-patch-'));
    const file = path.join(root, RUNTIME);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `x;${CALL};y`);
    const other = path.join(root, 'other-checkout.js');
    fs.linkSync(file, other);
    expect(patchNext(root)).toBe('patched');
    expect(fs.readFileSync(file, 'utf8')).toBe(`x;${SKIPPED};y`);
    expect(fs.readFileSync(other, 'utf8')).toBe(`x;${CALL};y`);
    expect(patchNext(root)).toBe('already patched');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('never fails an install: another runtime (a Next security release) installs unpatched, with a loud warning', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-patch-'));
    const file = path.join(root, RUNTIME);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // The installed runtime with its call changed, as a release that touches it would.
    const altered = fs.readFileSync(RUNTIME, 'utf8').replace(SKIPPED, CALL).replace(CALL, CALL.replace('collectSegmentData(', 'collectSegmentData(null,'));
    fs.writeFileSync(file, altered);
    const run = spawnSync(process.execPath, ['scripts/patch-next.mjs', root], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/UNPATCHED/);
    expect(run.stderr).toContain(REDERIVE);
    expect(fs.readFileSync(file, 'utf8')).toBe(altered);
    expect(isPatched(root)).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is in effect in this checkout (if not: the install warned UNPATCHED; derive the change again as it says)', () => {
    expect(isPatched('.'), `Next's runtime is UNPATCHED. ${REDERIVE}`).toBe(true);
  });
});
