// Components render props: none reads the content source, the read counts or the request.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Loaders' data types may be named (`import type`); their functions may not be called.
const FORBIDDEN = [/lib\/content\/(instance|files|source)/, /lib\/reads\//, /['"]next\/headers['"]/];
const LOADERS = /lib\/loaders\//;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('components', () => {
  it('import no store, no read counts and no request state', () => {
    const offending = files(path.resolve('components')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^import( type)?[^;]*from\s+(['"][^'"]+['"])/gm)]
        .filter((m) => FORBIDDEN.some((re) => re.test(m[2]!)) || (!m[1] && LOADERS.test(m[2]!)))
        .map((m) => `${path.relative(process.cwd(), file)}: ${m[2]}`),
    );
    expect(offending).toEqual([]);
  });
});
