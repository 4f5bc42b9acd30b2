// Builds throw-away stores on disk for tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SECTIONS = [
  { id: 'news', name: { ar: 'أخبار', en: 'News' } },
  { id: 'sports', name: { ar: 'رياضة', en: 'Sports' } },
];

let n = 0;
export function article(over: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    id: `story-${n}`,
    locale: 'ar',
    status: 'published',
    section: 'news',
    title: `عنوان الخبر ${n}`,
    publishedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    body: [{ type: 'paragraph', text: 'نص الخبر.' }],
    ...over,
  };
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function makeStore(files: Record<string, unknown>, sections: unknown = SECTIONS): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-store-'));
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'sections.json'), typeof sections === 'string' ? sections : JSON.stringify(sections));
  for (const [rel, value] of Object.entries(files)) writeFile(dir, rel, value);
  return dir;
}

export function writeFile(dir: string, rel: string, value: unknown): void {
  const file = path.join(dir, 'articles', rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
}
