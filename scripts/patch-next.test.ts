import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, without types
import { CALL, RUNTIME, SKIPPED, patchNext, patchRuntime } from './patch-next.mjs';

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

  it('is in effect in this checkout', () => {
    expect(patchRuntime(fs.readFileSync(RUNTIME, 'utf8'))).toBe('patched');
  });
});
