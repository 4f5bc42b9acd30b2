// Writes a valid synthetic store for benchmarks and scale tests:
//   npm run content:generate -- --count 10000 --out /tmp/store-10k [--seed 1]
// The stories come from lib/story-generator.ts (both locales, every section of the bundled
// sections.json, realistic lengths, tags, picks, translations, drafts and scheduled ones).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storyGenerator } from './lib/story-generator';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.out) {
  console.error('usage: content-generate --count N --out DIR [--seed S]');
  process.exit(2);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('--count must be a positive whole number');
  process.exit(2);
}
const out = path.resolve(values.out);

const sections = JSON.parse(fs.readFileSync(path.resolve('content/sections.json'), 'utf8')) as { id: string }[];
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
fs.writeFileSync(path.join(out, 'sections.json'), JSON.stringify(sections, null, 2));

const next = storyGenerator({ seed: Number(values.seed), sections, now: Date.now() });
for (let i = 0; i < count; i++) {
  const { article, published } = next();
  const date = new Date(published);
  const dir = path.join(out, 'articles', String(date.getUTCFullYear()), String(date.getUTCMonth() + 1).padStart(2, '0'));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${article.id}.json`), JSON.stringify(article));
}
console.log(`wrote ${count} articles to ${out}`);
