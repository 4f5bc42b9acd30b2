import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARABIC_FONT_FILES } from './arabic-font';

const root = path.resolve(__dirname, '..');

describe('the Arabic face (lib/arabic-font.ts)', () => {
  it('is served from files named by their content’s hash, as globals.css declares them', () => {
    const css = fs.readFileSync(path.join(root, 'app/globals.css'), 'utf8');
    for (const url of Object.values(ARABIC_FONT_FILES)) {
      const bytes = fs.readFileSync(path.join(root, 'public', url));
      const hash = /\.([0-9a-f]{10})\.woff2$/.exec(url)![1];
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 10)).toBe(hash);
      expect(css).toContain(`url("${url}")`);
    }
  });
});
