import { describe, expect, it } from 'vitest';
import { alignBodies } from './align';
import type { Block } from './types';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', text });

describe('alignBodies', () => {
  it('puts each heading beside its counterpart when one version is shorter', () => {
    const ar = [p('a1'), p('a2'), p('a3'), h('H1'), p('a4'), p('a5'), h('H2'), p('a6')];
    const en = [p('e1'), h('H1'), p('e4'), h('H2'), p('e6'), p('e7')];
    const rows = alignBodies(ar, en);
    const headingRows = rows.filter((r) => r.heading);
    expect(headingRows.map((r) => [r.a?.type === 'heading' && r.a.text, r.b?.type === 'heading' && r.b.text])).toEqual([
      ['H1', 'H1'],
      ['H2', 'H2'],
    ]);
    expect(rows.map((r) => [r.a && 'text' in r.a ? r.a.text : null, r.b && 'text' in r.b ? r.b.text : null])).toEqual([
      ['a1', 'e1'],
      ['a2', null],
      ['a3', null],
      ['H1', 'H1'],
      ['a4', 'e4'],
      ['a5', null],
      ['H2', 'H2'],
      ['a6', 'e6'],
      [null, 'e7'],
    ]);
  });

  it('pairs blocks by index when the versions have different headings', () => {
    const rows = alignBodies([p('a'), h('x'), p('b')], [p('1'), p('2')]);
    expect(rows).toHaveLength(3);
    expect(rows[2]!.b).toBeUndefined();
  });
});
