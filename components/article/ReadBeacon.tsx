'use client';
// Counts one read of an article: one beacon per page view, sent once the page is seen
// (a tab opened in the background counts when it is first shown; a prefetch never runs
// this). Crawlers that say so in their user agent send nothing. The page renders this
// only outside preview. No libraries: it ships in every article page.
import { useEffect, useRef } from 'react';
import { BOT_UA } from '@/lib/http/bots';

export function ReadBeacon({ id }: { id: string }) {
  // Survives React's development double effect, so a view sends one beacon, not two.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === id || BOT_UA.test(navigator.userAgent)) return;
    const send = () => {
      if (document.visibilityState !== 'visible') return false;
      sent.current = id;
      navigator.sendBeacon?.('/api/views', JSON.stringify({ id }));
      return true;
    };
    if (send()) return;
    const onChange = () => {
      if (send()) document.removeEventListener('visibilitychange', onChange);
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, [id]);
  return null;
}
