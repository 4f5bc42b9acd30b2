// Components render props: none reads the content source, the read counts or the request.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Loaders' data types may be named (`import type`); their functions may not be called.
const FORBIDDEN = [/lib\/content\/(instance|files|source)/, /lib\/reads\//, /^next\/headers$/];
const LOADERS = /lib\/loaders\//;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * Every module a source file reaches for, whatever the form: `import … from`, `export … from`,
 * a bare `import '…'`, `import('…')` and `require('…')`; `typeOnly` when it brings in types alone.
 */
export function specifiers(source: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(/^\s*(import|export)(\s+type)?\b[^;'"]*?\bfrom\s*(['"])([^'"]+)\3/gm)) found.push({ spec: m[4]!, typeOnly: !!m[2] });
  for (const m of source.matchAll(/^\s*import\s*(['"])([^'"]+)\1/gm)) found.push({ spec: m[2]!, typeOnly: false });
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)) found.push({ spec: m[2]!, typeOnly: false });
  return found;
}

const offendingIn = (source: string) => specifiers(source).filter(({ spec, typeOnly }) => FORBIDDEN.some((re) => re.test(spec)) || (!typeOnly && LOADERS.test(spec)));

describe('components', () => {
  it('import no store, no read counts and no request state', () => {
    const offending = files(path.resolve('components')).flatMap((file) => offendingIn(fs.readFileSync(file, 'utf8')).map((m) => `${path.relative(process.cwd(), file)}: ${m.spec}`));
    expect(offending).toEqual([]);
  });

  it('the check sees every form of import', () => {
    const forms = [
      "import { contentSource } from '@/lib/content/instance';",
      "import {\n  a,\n  b,\n} from '@/lib/reads/store';",
      "export { contentSource } from '@/lib/content/instance';",
      "export * from '@/lib/reads/store';",
      "import '@/lib/content/files/store';",
      "const { cookies } = await import('next/headers');",
      "const s = require('@/lib/content/source');",
      "import { loadHome } from '@/lib/loaders/home';",
    ];
    for (const f of forms) expect(offendingIn(f).length, f).toBe(1);
    // Allowed: a loader's types, and what components may use.
    for (const f of ["import type { HomeData } from '@/lib/loaders/home';", "export type { HomeData } from '@/lib/loaders/home';", "import { cn } from '@/lib/text/cn';"])
      expect(offendingIn(f), f).toEqual([]);
  });
});
