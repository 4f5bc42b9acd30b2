import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

describe('message files', () => {
  const a = leaves(ar as Tree);
  const e = leaves(en as Tree);

  it('have the same keys in Arabic and English', () => {
    expect([...a.keys()].sort()).toEqual([...e.keys()].sort());
  });

  it('have no empty value', () => {
    for (const [k, v] of [...a, ...e]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)[,}]|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();
    for (const [k, v] of a) expect([...new Set(names(v))], k).toEqual([...new Set(names(e.get(k) ?? ''))]);
  });
});
