import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDateTime } from '@/lib/format/dates';

/** On a share link's page: this is an unpublished draft, shared by the newsroom, until when. */
export async function SharedBanner({ locale, expires }: { locale: Locale; expires: number }) {
  const t = await getTranslations({ locale, namespace: 'Shared' });
  return (
    <aside aria-label={t('bannerLabel')} className="bg-banner text-ink" data-testid="shared-banner">
      <div className="mx-auto grid max-w-6xl gap-1 px-4 py-2 text-sm">
        <p className="font-bold">{t('banner')}</p>
        <p>{t('bannerEnds', { date: formatDateTime(expires, locale) })}</p>
      </div>
    </aside>
  );
}
