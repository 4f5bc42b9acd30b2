'use client';
// In preview only: asks every second whether the story's file changed on disk and, when
// it did, re-renders the page from the server. Readers' pages never include this.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

export default function LivePreview({ id, version }: { id: string; version?: string }) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Poll id={id} version={version} />
    </QueryClientProvider>
  );
}

function Poll({ id, version }: { id: string; version?: string }) {
  const router = useRouter();
  // The version the page was rendered from: an edit made before the first poll counts too.
  const seen = useRef<string | undefined>(version);
  const { data } = useQuery({
    queryKey: ['preview-version', id],
    queryFn: async () => {
      const res = await fetch(`/api/preview/version?id=${encodeURIComponent(id)}`, { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      return ((await res.json()) as { version: string }).version;
    },
    refetchInterval: 1000,
    refetchIntervalInBackground: false,
  });
  useEffect(() => {
    if (!data) return;
    if (seen.current && seen.current !== data) router.refresh();
    seen.current = data;
  }, [data, router]);
  return null;
}
