import type { Locale } from '@/i18n/locales';
import type { Article } from '@/lib/content/types';
import { Link } from '@/i18n/navigation';
import { BidiText } from '../text/BidiText';
import { TimeLabel } from '../text/TimeLabel';
import { StatusBadge } from './StatusBadge';

/** A titled list of headlines (latest, most read, related…), numbered when ranked. */
export function HeadlineList({ title, articles, locale, ranked = false, testId, titleHref }: {
  title: string;
  articles: Article[];
  locale: Locale;
  ranked?: boolean;
  testId: string;
  titleHref?: string;
}) {
  if (articles.length === 0) return null;
  const List = ranked ? 'ol' : 'ul';
  const id = `${testId}-title`;
  return (
    <section aria-labelledby={id} data-testid={testId} className="border-t-4 border-ink pt-3">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {titleHref ? (
          <Link href={titleHref} className="hover:text-accent">
            {title}
          </Link>
        ) : (
          title
        )}
      </h2>
      <List className="divide-y divide-line">
        {articles.map((a, i) => (
          <li key={a.id} className="flex gap-3 py-2" data-id={a.id}>
            {ranked && (
              <span className="text-2xl font-bold leading-none text-accent" aria-hidden="true">
                {i + 1}
              </span>
            )}
            <div className="min-w-0">
              <h3 className="line-clamp-2 font-bold leading-6">
                <StatusBadge article={a} locale={locale} />
                {/* Not prefetched: a page lists dozens of stories; the reader opens one. */}
                <Link href={`/${a.section}/${a.id}`} prefetch={false} className="block hover:text-accent hover:underline">
                  <BidiText text={a.title} locale={locale} />
                </Link>
              </h3>
              <p className="text-sm text-muted">
                <TimeLabel ms={a.published} locale={locale} />
              </p>
            </div>
          </li>
        ))}
      </List>
    </section>
  );
}
