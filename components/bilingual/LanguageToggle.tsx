'use client';
// On phones, the side-by-side view shows one language at a time. Switching keeps the
// reader at the same place: the row at the top of the screen stays at the top.
import { useEffect, useState } from 'react';

type Lang = 'ar' | 'en';

export function LanguageToggle({ labels, initial }: { labels: { group: string; ar: string; en: string }; initial: Lang }) {
  const [show, setShow] = useState<Lang>(initial);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the toggle only means something once JavaScript runs
    setReady(true);
    document.querySelector<HTMLElement>('[data-testid="bilingual"]')?.setAttribute('data-js', 'on');
  }, []);

  const choose = (lang: Lang) => {
    const grid = document.querySelector<HTMLElement>('[data-testid="bilingual"]');
    if (!grid || lang === show) return;
    // The first row of the shown language whose bottom is below the top of the screen.
    const visible = [...grid.querySelectorAll<HTMLElement>(`[data-lang="${show}"]`)].find((el) => el.getBoundingClientRect().bottom > 0);
    const row = visible?.parentElement?.dataset.row ?? null;
    const offset = visible ? visible.getBoundingClientRect().top : 0;
    grid.dataset.show = lang;
    setShow(lang);
    if (row !== null) {
      const target = grid.querySelector<HTMLElement>(`[data-row="${row}"] > [data-lang="${lang}"]`);
      if (target) window.scrollBy(0, target.getBoundingClientRect().top - offset);
    }
  };

  if (!ready) return null;
  const btn = (lang: Lang) =>
    `min-h-11 flex-1 rounded-full px-4 font-bold ${show === lang ? 'bg-accent text-accent-ink' : 'border border-line'}`;
  return (
    <div role="group" aria-label={labels.group} className="sticky top-0 z-10 mb-4 flex gap-2 bg-paper py-2 md:hidden" data-testid="language-toggle">
      <button type="button" className={btn('ar')} aria-pressed={show === 'ar'} onClick={() => choose('ar')}>
        {labels.ar}
      </button>
      <button type="button" className={btn('en')} aria-pressed={show === 'en'} onClick={() => choose('en')}>
        {labels.en}
      </button>
    </div>
  );
}
