'use client';
// "Load more" for a section feed. Until the reader asks, this is a button and the plain
// page links; the first click loads InfiniteFeed (TanStack Query) and it appends the
// next pages in place from then on.
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { Props } from './InfiniteFeed';
import { Pagination } from './Pagination';

const InfiniteFeed = dynamic(() => import('./InfiniteFeed'), { ssr: false });

export function LoadMore(props: Props) {
  const [started, setStarted] = useState(false);
  if (started) return <InfiniteFeed {...props} />;
  const { locale, section, page, pages, labels } = props;
  return (
    <>
      {page < pages && (
        <div className="mt-8 flex justify-center">
          <button type="button" onClick={() => setStarted(true)} className="min-h-11 rounded-full bg-accent px-8 font-bold text-accent-ink" data-testid="load-more">
            {labels.loadMore}
          </button>
        </div>
      )}
      <Pagination locale={locale} section={section} page={page} shown={page} pages={pages} labels={labels} />
    </>
  );
}
