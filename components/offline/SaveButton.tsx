'use client';
// "Save for later": keeps this story, with its pictures, for reading with no connection.
// Shown only where the browser can do it (Cache Storage and a service worker); the state
// (saved or not) comes from the device, so the cached page is the same for everyone.
import { useEffect, useState } from 'react';
import { canKeepOffline, isSaved, picturesIn, removeStory, saveStory } from '@/lib/offline/saved';

type Story = { url: string; title: string; locale: 'ar' | 'en'; section: string };
type Labels = { save: string; savedRemove: string; savedStatus: string; removedStatus: string; saveFailed: string };

export function SaveButton({ story, labels }: { story: Story; labels: Labels }) {
  const [state, setState] = useState<'unknown' | 'saved' | 'unsaved'>('unknown');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!canKeepOffline()) return;
    isSaved(story.url).then(
      (s) => setState(s ? 'saved' : 'unsaved'),
      () => undefined,
    );
  }, [story.url]);

  const toggle = async () => {
    setBusy(true);
    try {
      if (state === 'saved') {
        await removeStory(story.url);
        setState('unsaved');
        setStatus(labels.removedStatus);
      } else {
        await saveStory(story, await picturesIn(document.querySelectorAll('[data-testid="hero"] img, [data-testid="article-body"] img')));
        setState('saved');
        setStatus(labels.savedStatus);
      }
    } catch {
      setStatus(labels.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  // The button holds its place from the first paint (hidden until the device says what it
  // can do), so its arrival never pushes the story down.
  const known = state !== 'unknown';
  return (
    <>
      <button
        type="button"
        onClick={toggle}
        disabled={busy || !known}
        aria-busy={busy}
        aria-hidden={!known || undefined}
        data-testid="save-story"
        data-saved={state === 'saved'}
        className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-bold hover:border-accent hover:text-accent ${state === 'saved' ? 'border-accent text-accent' : 'border-line'} ${known ? '' : 'invisible'}`}
      >
        {state === 'saved' ? labels.savedRemove : labels.save}
      </button>
      <span role="status" className="sr-only" data-testid="save-status">
        {status}
      </span>
    </>
  );
}
