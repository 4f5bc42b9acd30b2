'use client';
// The reader's display choices: theme (auto, light, dark) and, where the locale does
// not show it by default, the Hijri date. Remembered in localStorage and applied to
// <html> by ThemeScript on the next visit before paint.
import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const order: Theme[] = ['system', 'light', 'dark'];

export function DisplaySettings({
  labels,
  hijriToggle,
}: {
  labels: { theme: string; system: string; light: string; dark: string; hijri: string };
  hijriToggle: boolean;
}) {
  const [theme, setTheme] = useState<Theme>('system');
  const [hijri, setHijri] = useState(false);
  useEffect(() => {
    const d = document.documentElement.dataset;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read the choice ThemeScript applied before paint
    setTheme(d.theme === 'light' || d.theme === 'dark' ? d.theme : 'system');
    setHijri(d.hijri === 'on');
  }, []);

  const cycle = () => {
    const next = order[(order.indexOf(theme) + 1) % order.length]!;
    setTheme(next);
    const d = document.documentElement;
    if (next === 'system') {
      delete d.dataset.theme;
      localStorage.removeItem('sahifa-theme');
    } else {
      d.dataset.theme = next;
      localStorage.setItem('sahifa-theme', next);
    }
  };
  const toggleHijri = () => {
    const on = !hijri;
    setHijri(on);
    if (on) document.documentElement.dataset.hijri = 'on';
    else delete document.documentElement.dataset.hijri;
    localStorage.setItem('sahifa-hijri', on ? 'on' : 'off');
  };

  const btn = 'inline-flex min-h-11 items-center gap-1 rounded-full border border-line px-3 text-sm hover:border-accent';
  return (
    <div className="flex items-center gap-2">
      {hijriToggle && (
        <button type="button" className={btn} aria-pressed={hijri} onClick={toggleHijri} data-testid="hijri-toggle">
          {labels.hijri}
        </button>
      )}
      <button type="button" className={btn} onClick={cycle} data-testid="theme-toggle">
        <span className="sr-only">{labels.theme}: </span>
        <span aria-hidden="true">◐</span>
        {labels[theme]}
      </button>
    </div>
  );
}
