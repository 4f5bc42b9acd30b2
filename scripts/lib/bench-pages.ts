// The pages the benchmarks measure, chosen from the store the server reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileStore } from '../../lib/content/files/store';
import type { Article } from '../../lib/content/types';

export type BenchPages = { store: FileStore; section: string; article: Record<'ar' | 'en', Article> };

/** The first section of the menu, and per locale the newest published story with a hero image (the lead). */
export function benchPages(root?: string): BenchPages {
  const store = new FileStore(root).load();
  const section = store.sections()[0]?.id;
  if (!section) throw new Error('the store has no sections');
  const lead = (locale: 'ar' | 'en') => {
    const list = store.all({ locale: locale }, { preview: false, now: Date.now() });
    const a = list.find((x) => x.image) ?? list[0];
    if (!a) throw new Error(`the store has no published ${locale} article`);
    return a;
  };
  return { store, section, article: { ar: lead('ar'), en: lead('en') } };
}

export const articlePath = (a: Article) => `/${a.locale}/${a.section}/${a.id}`;

/** A fresh folder for what the server writes (read counts), so benchmarks never touch `data/`. */
export const tempDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-bench-data-'));

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const today = () => new Date().toISOString().slice(0, 10);
