'use client';
// The stories saved on this device in this language, newest first, each with a way to remove
// it. Plain links: offline, a link opens the saved copy through the service worker.
import { useEffect, useState } from 'react';
import type { KeptStory } from '@/lib/offline/keep';
import { canKeepOffline, removeStory, savedStories } from '@/lib/offline/saved';
import { BidiText } from '../text/BidiText';

type Labels = { empty: string; unsupported: string; remove: string; removeLabel: string; savedOn: string; removed: string };

export function SavedList({ locale, intl, timeZone, labels }: { locale: 'ar' | 'en'; intl: string; timeZone: string; labels: Labels }) {
  const [stories, setStories] = useState<KeptStory[] | 'unsupported' | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!canKeepOffline()) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- what the browser can do is known only here
      setStories('unsupported');
      return;
    }
    savedStories().then(
      (all) => setStories(all.filter((s) => s.locale === locale)),
      () => setStories([]),
    );
  }, [locale]);

  const date = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone });
  const remove = async (story: KeptStory) => {
    await removeStory(story.url);
    setStories((list) => (Array.isArray(list) ? list.filter((s) => s.url !== story.url) : list));
    setStatus(labels.removed);
  };

  return (
    <div data-testid="saved-list" data-ready={stories !== null}>
      {stories === 'unsupported' && <p className="text-lg text-muted">{labels.unsupported}</p>}
      {Array.isArray(stories) && stories.length === 0 && <p className="text-lg text-muted">{labels.empty}</p>}
      {Array.isArray(stories) && stories.length > 0 && (
        <ul className="divide-y divide-line">
          {stories.map((s) => (
            <li key={s.url} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3" data-testid="saved-item">
              <div className="min-w-0">
                <a href={s.url} className="text-lg font-bold leading-snug hover:text-accent hover:underline">
                  <BidiText text={s.title} locale={locale} />
                </a>
                <p className="text-sm text-muted">
                  {s.section && `${s.section} · `}
                  {labels.savedOn.replace('{date}', date.format(s.at))}
                </p>
              </div>
              <button
                type="button"
                onClick={() => void remove(s)}
                aria-label={labels.removeLabel.replace('{title}', s.title)}
                className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-bold hover:border-accent hover:text-accent"
                data-testid="remove-saved"
              >
                {labels.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
