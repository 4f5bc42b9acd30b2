// Lines up two versions of a story block by block, for reading them side by side.
// Each version is cut into parts at its sub-headings. When both have the same number
// of parts, part k sits beside part k (so a heading is beside its counterpart even when
// one version is shorter); inside a part, and when the headings differ, blocks pair by
// index. A row may have a block on one side only.
import type { Block } from './types';

export type Row = { a?: Block; b?: Block; heading: boolean };

function parts(body: Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const block of body) {
    if (block.type === 'heading') out.push([block]);
    else out.at(-1)!.push(block);
  }
  return out;
}

function zip(a: Block[], b: Block[]): Row[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => ({
    a: a[i],
    b: b[i],
    heading: a[i]?.type === 'heading' || b[i]?.type === 'heading',
  }));
}

export function alignBodies(a: Block[], b: Block[]): Row[] {
  const pa = parts(a);
  const pb = parts(b);
  if (pa.length !== pb.length) return zip(a, b);
  return pa.flatMap((part, i) => zip(part, pb[i]!));
}
