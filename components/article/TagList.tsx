import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import { BidiText } from '../text/BidiText';

/** The story's tags, each a search for more stories like it. */
export async function TagList({ tags, locale }: { tags: string[]; locale: Locale }) {
  if (tags.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="tags">
      <h2 className="text-sm font-bold">{t('tags')}:</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={{ pathname: '/search', query: { q: tag } }} prefetch={false} className="inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm hover:border-accent hover:text-accent">
              <BidiText text={tag} locale={locale} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
