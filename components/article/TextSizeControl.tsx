'use client';
// Text size of the article body, remembered; ThemeScript applies it before paint.
import { useEffect, useState } from 'react';

const sizes = [-1, 0, 1, 2];

export function TextSizeControl({ labels }: { labels: { label: string; smaller: string; larger: string; reset: string } }) {
  const [size, setSize] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read what ThemeScript applied before paint
    setSize(Number(document.documentElement.dataset.textSize ?? 0) || 0);
  }, []);
  const apply = (next: number) => {
    setSize(next);
    const d = document.documentElement;
    if (next === 0) {
      delete d.dataset.textSize;
      localStorage.removeItem('sahifa-text');
    } else {
      d.dataset.textSize = String(next);
      localStorage.setItem('sahifa-text', String(next));
    }
  };
  const btn = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line font-bold hover:border-accent disabled:opacity-40';
  return (
    // The A−/A+ glyphs read left to right in both languages.
    <div role="group" aria-label={labels.label} className="flex items-center gap-1" data-testid="text-size" dir="ltr">
      <button type="button" className={`${btn} text-sm`} onClick={() => apply(size - 1)} disabled={size <= sizes[0]!} aria-label={labels.smaller}>
        A−
      </button>
      <button type="button" className={`${btn} text-base`} onClick={() => apply(0)} aria-label={labels.reset} aria-pressed={size === 0}>
        A
      </button>
      <button type="button" className={`${btn} text-lg`} onClick={() => apply(size + 1)} disabled={size >= sizes[sizes.length - 1]!} aria-label={labels.larger}>
        A+
      </button>
    </div>
  );
}
