// One measurement of bench-store, in a fresh process so that its memory is its own.
// Prints one JSON line: cold load time, resident memory, and timings of the questions.
import { FileStore } from '../../lib/content/files/store';

const dir = process.argv[2]!;
const t0 = performance.now();
const store = new FileStore(dir).load();
const loadMs = performance.now() - t0;
(globalThis as { gc?: () => void }).gc?.();
const rssMb = process.memoryUsage().rss / 1e6;

const reader = { preview: false, now: Date.now() };
const all = store.all({}, reader);
const sections = store.sections().map((s) => s.id);
let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

function time(fn: () => unknown, runs = 3000): { p50: number; p95: number } {
  for (let i = 0; i < 200; i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push((performance.now() - t) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs * 0.5)]!, p95: samples[Math.floor(runs * 0.95)]! };
}

const questions = {
  'section page': time(() => store.page({ locale: rand(2) ? 'ar' : 'en', section: sections[rand(sections.length)]! }, 1 + rand(5), 20, reader)),
  latest: time(() => store.latest({ locale: rand(2) ? 'ar' : 'en' }, 20, reader)),
  related: time(() => store.related(all[rand(all.length)]!, 4, reader)),
  'article by id': time(() => store.article(all[rand(all.length)]!.id, reader)),
};
console.log(JSON.stringify({ articles: all.length, loadMs, rssMb, questions }));
store.dispose();
