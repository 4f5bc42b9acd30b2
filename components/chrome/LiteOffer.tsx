import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

/**
 * The offer of the lite edition to a reader whose browser asks to save data. In every page
 * (which stays the same for everyone, and cached) but hidden until ThemeScript, before the
 * first paint, finds Save-Data (navigator.connection.saveData, or the cookie proxy.ts sets
 * from the `Save-Data: on` header) and no earlier "no thanks". Not a redirect: the reader chooses.
 */
export async function LiteOffer({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: 'Lite' });
  const btn = 'inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-bold hover:border-accent hover:text-accent';
  return (
    <aside aria-label={t('offerLabel')} className="lite-offer border-b border-line bg-banner" data-testid="lite-offer">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <p className="min-w-0 flex-1 basis-64">{t('offerBody')}</p>
        <a href={href} className={`${btn} border-accent text-accent`} data-testid="lite-offer-open">
          {t('offerOpen')}
        </a>
        <form method="post" action="/api/lite">
          <input type="hidden" name="back" value={href} />
          <button type="submit" name="lite" value="always" className={btn}>
            {t('alwaysLite')}
          </button>
        </form>
        <button type="button" className={btn} data-lite-offer-dismiss="">
          {t('offerDismiss')}
        </button>
      </div>
    </aside>
  );
}
