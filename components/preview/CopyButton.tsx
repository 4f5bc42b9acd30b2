'use client';
// Copies a share link; without script the address stays in its read-only field to copy by hand.
import { useState } from 'react';

export function CopyButton({ text, labels }: { text: string; labels: { copy: string; copied: string } }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="min-h-11 rounded-full border border-line px-4 text-sm font-bold"
      onClick={() => void navigator.clipboard?.writeText(text).then(() => setDone(true), () => setDone(false))}
    >
      {labels.copy}
      <span role="status" className="sr-only">
        {done ? labels.copied : ''}
      </span>
    </button>
  );
}
