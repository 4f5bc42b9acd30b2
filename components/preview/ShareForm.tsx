import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

const HOURS = [1, 6, 24, 48, 72, 168];

/**
 * "Share this draft": a plain form (works without script) that makes a link and comes back
 * to the desk, where the link is listed. The editor's name is asked once per session.
 */
export async function ShareForm({ id, locale, editorName }: { id: string; locale: Locale; editorName: string }) {
  const t = await getTranslations({ locale, namespace: 'ShareDraft' });
  const field = 'min-h-11 rounded border border-line bg-paper px-2 text-ink';
  return (
    <form action="/api/preview/share" method="post" className="flex flex-wrap items-end gap-2" data-testid="share-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      {editorName ? (
        <p className="basis-full text-sm">{t('sharingAs', { name: editorName })}</p>
      ) : (
        <label className="grid gap-1 text-sm">
          {t('yourName')}
          <input name="name" required maxLength={60} autoComplete="name" className={field} />
        </label>
      )}
      <label className="grid gap-1 text-sm">
        {t('lasts')}
        <select name="hours" defaultValue="48" className={field}>
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {h < 24 ? t('hours', { n: h, h: String(h) }) : t('days', { n: h / 24, d: String(h / 24) })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-full bg-ink px-4 text-sm font-bold text-paper">
        {t('make')}
      </button>
    </form>
  );
}
