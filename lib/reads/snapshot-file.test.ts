import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SnapshotFile } from './snapshot-file';
import type { Snapshot } from './tally';

const snap = (n: number): Snapshot => ({ version: 1, days: { '2025-12-19': { ar: { story: n } } } });
const quiet = { error: vi.fn(), warn: vi.fn() };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'views-snap-'));
  quiet.error.mockClear();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = () => fs.readdirSync(dir).sort();

describe('SnapshotFile', () => {
  it('writes, keeps the previous good file as .bak, and reads back', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    expect(f.load()).toBeUndefined();
    f.write(snap(1));
    expect(files()).toEqual(['views.json']);
    f.write(snap(2));
    f.write(snap(3));
    expect(files()).toEqual(['views.json', 'views.json.bak']);
    expect(f.load()).toEqual(snap(3));
    expect(JSON.parse(fs.readFileSync(f.backup, 'utf8'))).toEqual(snap(2));
  });

  it('replaces the file by rename: never rewritten in place, never partial', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    f.write(snap(1));
    const before = fs.statSync(f.file).ino;
    f.write(snap(2));
    expect(fs.statSync(f.file).ino).not.toBe(before);
    // The old inode lives on as the backup, unchanged.
    expect(fs.statSync(f.backup).ino).toBe(before);
  });

  it('leaves the current file whole when a write fails midway', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    f.write(snap(1));
    const spy = vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    expect(() => f.write(snap(2))).toThrow('disk full');
    spy.mockRestore();
    expect(files()).toEqual(['views.json']); // no temp file left behind
    expect(f.load()).toEqual(snap(1));
  });

  it('moves a truncated file aside and falls back to the .bak', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    f.write(snap(1));
    f.write(snap(2));
    const text = fs.readFileSync(f.file, 'utf8');
    fs.writeFileSync(f.file, text.slice(0, text.length - 7)); // a crash mid-write by someone else
    expect(f.load()).toEqual(snap(1));
    expect(files()).toEqual([expect.stringMatching(/^views\.json\.bak$/), expect.stringMatching(/^views\.json\.corrupt-\d{4}-\d\d-\d\dT/)].sort());
    expect(quiet.error).toHaveBeenCalledWith(expect.stringContaining('is damaged'));
    // The next write makes views.json again and keeps the good backup.
    f.write(snap(5));
    expect(f.load()).toEqual(snap(5));
    expect(JSON.parse(fs.readFileSync(f.backup, 'utf8'))).toEqual(snap(1));
  });

  it('treats valid JSON of the wrong shape as damaged too', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    fs.writeFileSync(f.file, JSON.stringify({ version: 1, days: { '2025-12-19': { ar: { story: -3 } } } }));
    expect(f.load()).toBeUndefined();
    expect(files()).toEqual([expect.stringMatching(/^views\.json\.corrupt-/)]);
  });

  it('starts empty when both files are damaged, and sweeps leftover temp files', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    fs.writeFileSync(f.file, '{"version":1,"da');
    fs.writeFileSync(f.backup, '');
    fs.writeFileSync(path.join(dir, 'views.json.tmp-99999'), '{"version":1');
    expect(f.load()).toBeUndefined();
    expect(files().every((n) => n.includes('.corrupt-'))).toBe(true);
    expect(files()).toHaveLength(2);
    expect(quiet.error).toHaveBeenCalledTimes(2);
  });

  it('only reads when read-only (a build beside a running server)', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    fs.writeFileSync(f.file, '{"version":1,"da');
    fs.writeFileSync(f.backup, JSON.stringify(snap(4)));
    fs.writeFileSync(path.join(dir, 'views.json.tmp-12345'), '{"ver'); // the server's write in progress
    expect(f.load(true)).toEqual(snap(4));
    expect(files()).toEqual(['views.json', 'views.json.bak', 'views.json.tmp-12345']);
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringContaining('skipped'));
  });

  it('uses the .bak when the process died between the two renames', () => {
    const f = new SnapshotFile(path.join(dir, 'views.json'), quiet);
    fs.writeFileSync(f.backup, JSON.stringify(snap(4)));
    expect(f.load()).toEqual(snap(4));
  });
});
