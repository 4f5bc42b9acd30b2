import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDateTime } from '@/lib/format/dates';
import { CopyButton } from './CopyButton';

export type ShareLinkItem = { url: string; by: string; createdAt: number; expires: number };

/** A story's live share links: the address to copy, who made it, when it ends, revoke. */
export async function ShareLinks({ id, links, locale }: { id: string; links: ShareLinkItem[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ShareDraft' });
  if (links.length === 0) return <p className="text-sm text-muted">{t('noLinks')}</p>;
  return (
    <ul className="grid gap-3" aria-label={t('links')} data-testid="share-links" id={`links-${id}`}>
      {links.map((l) => (
        <li key={l.url} className="grid gap-2 rounded border border-line p-2 text-sm" data-testid="share-link">
          <input readOnly value={l.url} aria-label={t('link')} dir="ltr" lang="en" className="min-h-11 w-full rounded border border-line bg-paper-2 px-2 font-mono text-xs text-ink" />
          <p>
            {t('madeBy', { name: l.by || t('unnamed'), date: formatDateTime(l.createdAt, locale) })} · {t('ends', { date: formatDateTime(l.expires, locale) })}
          </p>
          <div className="flex flex-wrap gap-2">
            <CopyButton text={l.url} labels={{ copy: t('copy'), copied: t('copied') }} />
            <form action="/api/preview/share/revoke" method="post">
              <input type="hidden" name="url" value={l.url} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="min-h-11 rounded-full border border-line px-4 text-sm font-bold" data-testid="revoke">
                {t('revoke')}
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
