'use client';
// Loads the live-preview poller as its own chunk: readers' pages share a chunk with
// everything the article page can render, and must not carry the query library.
import dynamic from 'next/dynamic';

const LivePreview = dynamic(() => import('./LivePreview'), { ssr: false });

export function LivePreviewLoader({ id, version }: { id: string; version?: string }) {
  return <LivePreview id={id} version={version} />;
}
