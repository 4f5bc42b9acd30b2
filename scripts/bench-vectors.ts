// Stories per second of making search vectors (lib/content/postgres/terms.ts), the cost of
// loading an archive: npm run bench:vectors [-- --count 5000]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Article } from '../lib/content/types';
import { storyVectors } from '../lib/content/postgres/terms';
import { storyGenerator } from './lib/story-generator';

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' } } });
const COUNT = Number(values.count);
const sections = JSON.parse(fs.readFileSync('content/sections.json', 'utf8')) as { id: string }[];
const next = storyGenerator({ seed: 7, sections, now: Date.parse('2026-01-01T00:00:00Z') });
const stories = Array.from({ length: COUNT }, () => {
  const { article, published } = next();
  return { ...article, published } as unknown as Article;
});
{
  const t0 = performance.now();
  let bytes = 0;
  let lead = 0;
  for (const a of stories) {
    const v = storyVectors(a);
    bytes += v.search.length;
    lead += v.lead.length;
  }
  const ms = performance.now() - t0;
  console.log(`vectors: ${COUNT} stories in ${ms.toFixed(0)} ms = ${((COUNT / ms) * 1000).toFixed(0)} stories/s, ${(ms / COUNT).toFixed(3)} ms/story, ${(bytes / COUNT).toFixed(0)} bytes (search), ${(lead / COUNT).toFixed(0)} bytes (lead) per story`);
}
