'use client';
// Sharing: the phone's own share sheet where there is one; otherwise (and without
// JavaScript) plain links to WhatsApp, X and Facebook, and a copy-link button.
import { useEffect, useState } from 'react';
import { LinkIcon, ShareIcon } from '../chrome/Icons';

type Labels = { title: string; share: string; whatsapp: string; x: string; facebook: string; copy: string; copied: string; shareOn: Record<'whatsapp' | 'x' | 'facebook', string> };

export function ShareButtons({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  const [native, setNative] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- capability known only in the browser
    setNative(typeof navigator.share === 'function');
  }, []);

  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  const networks = [
    { key: 'whatsapp', href: `https://wa.me/?text=${text}` },
    { key: 'x', href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    { key: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ] as const;
  const btn = 'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border border-line px-4 text-sm font-bold hover:border-accent hover:text-accent';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section aria-label={labels.title} className="flex flex-wrap items-center gap-2" data-testid="share">
      <h2 className="sr-only">{labels.title}</h2>
      {native ? (
        <button type="button" className={btn} onClick={() => navigator.share({ title, url }).catch(() => undefined)} data-testid="share-native">
          <ShareIcon />
          {labels.share}
        </button>
      ) : (
        networks.map((n) => (
          <a key={n.key} href={n.href} target="_blank" rel="noopener noreferrer" className={btn} aria-label={labels.shareOn[n.key]} data-testid={`share-${n.key}`}>
            {labels[n.key]}
          </a>
        ))
      )}
      <button type="button" className={btn} onClick={copy} data-testid="share-copy">
        <LinkIcon />
        {labels.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {copied ? labels.copied : ''}
      </span>
    </section>
  );
}
