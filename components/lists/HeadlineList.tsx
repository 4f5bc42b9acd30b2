import Link from 'next/link';
import type { Locale } from '@/i18n/locales';
import type { Card } from '@/lib/cards';
import { BidiText } from '../text/BidiText';
import { CardTime } from './CardTime';
import { StatusBadge } from './StatusBadge';

/** A titled list of headlines (latest, most read, related…), numbered when ranked. */
export function HeadlineList({ title, cards, locale, ranked = false, testId }: { title: string; cards: Card[]; locale: Locale; ranked?: boolean; testId: string }) {
  if (cards.length === 0) return null;
  const List = ranked ? 'ol' : 'ul';
  const id = `${testId}-title`;
  return (
    <section aria-labelledby={id} data-testid={testId} className="border-t-4 border-ink pt-3">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <List className="divide-y divide-line">
        {cards.map((c, i) => (
          <li key={c.id} className="flex gap-3 py-2" data-id={c.id}>
            {ranked && (
              <span className="text-2xl font-bold leading-none text-accent" aria-hidden="true">
                {i + 1}
              </span>
            )}
            <div className="min-w-0">
              <h3 className="line-clamp-2 font-bold leading-6">
                <StatusBadge badge={c.badge} />
                {/* Not prefetched: a page lists dozens of stories; the reader opens one. */}
                <Link href={c.href} prefetch={false} className="block hover:text-accent hover:underline">
                  <BidiText text={c.title} locale={locale} />
                </Link>
              </h3>
              <p className="text-sm text-muted">
                <CardTime card={c} />
              </p>
            </div>
          </li>
        ))}
      </List>
    </section>
  );
}
