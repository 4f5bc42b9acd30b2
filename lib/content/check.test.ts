import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStore } from './check';
import { article, makeStore } from './test-store';

describe('checkStore (content:check)', () => {
  it('reports images missing from public/ as warnings, with path and field', () => {
    const pub = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-public-'));
    fs.mkdirSync(path.join(pub, 'media'));
    fs.writeFileSync(path.join(pub, 'media/here.jpg'), 'x');
    const dir = makeStore({
      'a.json': article({
        id: 'a',
        image: { src: '/media/here.jpg', alt: 'x', width: 10, height: 10 },
        body: [{ type: 'paragraph', text: 'x' }, { type: 'image', src: '/media/missing.jpg', alt: 'y', width: 10, height: 10 }],
      }),
    });
    expect(checkStore(dir, pub)).toEqual([{ file: 'articles/a.json', field: 'body.1.src', reason: 'names /media/missing.jpg, which is not in public/', level: 'warning' }]);
  });

  it('lists errors and warnings of the whole store together', () => {
    const dir = makeStore({ 'a.json': '{', 'b.json': article({ id: 'b', seeAlso: ['gone'] }) });
    const problems = checkStore(dir, os.tmpdir());
    expect(problems.map((p) => [p.file, p.level])).toEqual([
      ['articles/a.json', 'error'],
      ['articles/b.json', 'warning'],
    ]);
  });
});
