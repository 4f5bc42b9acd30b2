'use client';
// Text size of the article body, remembered; ThemeScript applies it before paint.
import { useEffect, useState } from 'react';

const sizes = [-1, 0, 1, 2];

/** On the page at once, and for the next pages (ThemeScript reads it). */
function remember(next: number) {
  const d = document.documentElement;
  if (next === 0) {
    delete d.dataset.textSize;
    localStorage.removeItem('sahifa-text');
  } else {
    d.dataset.textSize = String(next);
    localStorage.setItem('sahifa-text', String(next));
  }
}

type Labels = { label: string; smaller: string; larger: string; reset: string; smallerGlyph: string; resetGlyph: string; largerGlyph: string };

export function TextSizeControl({ labels }: { labels: Labels }) {
  const [size, setSize] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read what ThemeScript applied before paint
    setSize(Number(document.documentElement.dataset.textSize ?? 0) || 0);
  }, []);
  const apply = (next: number) => {
    setSize(next);
    remember(next);
  };
  const btn = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-line font-bold hover:border-accent disabled:opacity-40';
  // Each button's name starts with the glyph it shows ("A+ Larger text"): a voice-control
  // user says what they see (WCAG 2.5.3, label in name).
  const buttons = [
    { glyph: labels.smallerGlyph, name: labels.smaller, to: size - 1, disabled: size <= sizes[0]!, className: 'text-sm' },
    { glyph: labels.resetGlyph, name: labels.reset, to: 0, pressed: size === 0, className: 'text-base' },
    { glyph: labels.largerGlyph, name: labels.larger, to: size + 1, disabled: size >= sizes[sizes.length - 1]!, className: 'text-lg' },
  ];
  return (
    // The A−/A+ glyphs read left to right in both languages.
    <div role="group" aria-label={labels.label} className="flex items-center gap-1" data-testid="text-size" dir="ltr">
      {buttons.map((b) => (
        <button
          key={b.name}
          type="button"
          className={`${btn} ${b.className}`}
          onClick={() => apply(b.to)}
          disabled={b.disabled}
          aria-pressed={b.pressed}
          aria-label={`${b.glyph} ${b.name}`}
        >
          {b.glyph}
        </button>
      ))}
    </div>
  );
}
