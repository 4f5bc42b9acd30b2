'use client';
// The appended pages of a section feed: TanStack Query's useInfiniteQuery against
// /api/sections/…. Loaded by LoadMore on the reader's first click, with its own
// QueryClient, so no page pays for the query library until it is used.
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Locale } from '@/i18n/locales';
import type { Card } from '@/lib/cards';
import { StoryCard } from '../lists/StoryCard';
import { Pagination } from './Pagination';

export type Labels = { loadMore: string; loading: string; error: string; next: string; previous: string; pagination: string; pageOf: string; loaded: string };
export type Props = { locale: Locale; section: string; page: number; pages: number; labels: Labels };
type Batch = { items: Card[]; page: number; pages: number };

export default function InfiniteFeed(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 30_000 } } }));
  return (
    <QueryClientProvider client={client}>
      <Feed {...props} />
    </QueryClientProvider>
  );
}

function Feed({ locale, section, page, pages, labels }: Props) {
  const query = useInfiniteQuery({
    queryKey: ['section', locale, section, page],
    initialPageParam: page + 1,
    queryFn: async ({ pageParam }): Promise<Batch> => {
      const res = await fetch(`/api/sections/${locale}/${section}?page=${pageParam}`);
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    getNextPageParam: (last) => (last.page < last.pages ? last.page + 1 : undefined),
  });
  const loaded = query.data?.pages ?? [];
  const lastPage = loaded.at(-1)?.page ?? page;
  const hasMore = lastPage < pages;
  const more = () => query.fetchNextPage();
  const busy = query.isFetching;
  const added = loaded.reduce((n, b) => n + b.items.length, 0);

  return (
    <>
      {loaded.length > 0 && (
        <ol className="mt-8 grid gap-8 sm:grid-cols-2" data-testid="feed-more">
          {loaded.flatMap((b) => b.items).map((c) => (
            <li key={c.id} data-id={c.id}>
              <StoryCard card={c} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="sr-only">
        {added > 0 ? labels.loaded.replace('{count}', String(added)) : ''}
      </p>
      {hasMore && (
        <div className="mt-8 flex justify-center">
          <button
            type="button"
            onClick={more}
            disabled={busy}
            className="min-h-11 rounded-full bg-accent px-8 font-bold text-accent-ink disabled:opacity-60"
            data-testid="load-more"
          >
            {busy ? labels.loading : labels.loadMore}
          </button>
        </div>
      )}
      {query.isError && (
        <p role="alert" className="mt-4 text-center text-accent">
          {labels.error}
        </p>
      )}
      <Pagination locale={locale} section={section} page={page} shown={lastPage} pages={pages} labels={labels} />
    </>
  );
}
