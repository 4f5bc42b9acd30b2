import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { StoryWarning } from '@/lib/preview/checks';

/** A story's warnings, each with the file's field it is about. None blocks publishing. */
export async function StoryWarnings({ warnings, locale, headingId }: { warnings: StoryWarning[]; locale: Locale; headingId?: string }) {
  const t = await getTranslations({ locale, namespace: 'Checks' });
  if (warnings.length === 0) return <p className="text-sm">{t('none')}</p>;
  return (
    <ul className="grid gap-1 text-sm" aria-labelledby={headingId} data-testid="story-warnings">
      {warnings.map((w, i) => (
        <li key={i} data-code={w.code} data-field={w.field}>
          <code dir="ltr" lang="en" className="rounded bg-paper-2 px-1 text-ink">
            {w.field}
          </code>{' '}
          {t(w.code, Object.fromEntries(Object.entries(w.values ?? {}).map(([k, v]) => [k, String(v)])))}
        </li>
      ))}
    </ul>
  );
}
