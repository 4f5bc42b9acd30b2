import Link from 'next/link';
import type { Locale } from '@/i18n/locales';
import { localePath } from '@/i18n/paths';
import { NextIcon, PrevIcon } from '../chrome/Icons';

type Labels = { next: string; previous: string; pagination: string; pageOf: string };

/** Plain previous/next links (?page=N): they work without JavaScript. */
export function Pagination({ locale, section, page, shown, pages, labels }: { locale: Locale; section: string; page: number; shown: number; pages: number; labels: Labels }) {
  const link = 'inline-flex min-h-11 items-center gap-1 font-bold hover:text-accent';
  return (
    <nav aria-label={labels.pagination} className="mt-8 flex items-center justify-between gap-4 border-t border-line pt-4" data-testid="pagination">
      {page > 1 ? (
        <Link href={localePath(locale, page === 2 ? `/${section}` : `/${section}?page=${page - 1}`)} prefetch={false} className={link} rel="prev">
          <PrevIcon />
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{labels.pageOf.replace('{page}', String(shown)).replace('{pages}', String(pages))}</span>
      {shown < pages ? (
        <Link href={localePath(locale, `/${section}?page=${shown + 1}`)} prefetch={false} className={link} rel="next" data-testid="next-page">
          {labels.next}
          <NextIcon />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
