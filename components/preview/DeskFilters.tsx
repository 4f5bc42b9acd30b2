import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { DeskFilter } from '@/lib/loaders/desk';

/** Filter by state, section and language, sort by time: a GET form, so links keep it and no script is needed. */
export async function DeskFilters({ filter, sections, locale }: { filter: DeskFilter; sections: { id: string; name: string }[]; locale: Locale }) {
  const [t, tLang] = await Promise.all([getTranslations({ locale, namespace: 'ShareDraft' }), getTranslations({ locale, namespace: 'Languages' })]);
  const field = 'min-h-11 rounded border border-line bg-paper px-2 text-ink';
  return (
    <form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label={t('filters')} data-testid="desk-filters">
      <label className="grid gap-1 text-sm">
        {t('state')}
        <select name="state" defaultValue={filter.state ?? ''} className={field}>
          <option value="">{t('all')}</option>
          <option value="draft">{t('drafts')}</option>
          <option value="scheduled">{t('scheduled')}</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        {t('section')}
        <select name="section" defaultValue={filter.section ?? ''} className={field}>
          <option value="">{t('all')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        {t('language')}
        <select name="lang" defaultValue={filter.lang ?? ''} className={field}>
          <option value="">{t('all')}</option>
          <option value="ar">{tLang('ar')}</option>
          <option value="en">{tLang('en')}</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        {t('sort')}
        <select name="sort" defaultValue={filter.sort} className={field}>
          <option value="newest">{t('newest')}</option>
          <option value="oldest">{t('oldest')}</option>
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-full bg-ink px-4 text-sm font-bold text-paper">
        {t('apply')}
      </button>
    </form>
  );
}
