import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';

/** Shown on every page while draft mode is on. Exit is a POST: a prefetch cannot end it. */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return (
    <div role="region" aria-label={t('desk')} className="bg-banner text-ink" data-testid="preview-banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <p className="font-bold">{t('banner')}</p>
        <div className="flex items-center gap-2">
          <Link href="/preview" prefetch={false} className="inline-flex min-h-11 items-center underline">
            {t('desk')}
          </Link>
          <form action="/api/preview/exit" method="post">
            <button type="submit" className="min-h-11 rounded-full bg-ink px-4 font-bold text-paper" data-testid="preview-exit">
              {t('exit')}
            </button>
          </form>
        </div>
      </div>
    </div>
  );
}
