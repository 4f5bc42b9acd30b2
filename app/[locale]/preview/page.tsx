import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { Link } from '@/i18n/navigation';
import { isLocale, localeConfig } from '@/i18n/locales';
import { deskFilter, loadDesk } from '@/lib/loaders/desk';
import { DeskFilters } from '@/components/preview/DeskFilters';
import { ShareForm } from '@/components/preview/ShareForm';
import { ShareLinks } from '@/components/preview/ShareLinks';
import { StoryWarnings } from '@/components/preview/StoryWarnings';
import { formatDateTime } from '@/lib/format/dates';
import { storyPath } from '@/lib/paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The editors' desk: what readers cannot see yet, and why a file is missing from the site. */
export default async function DeskPage({ params, searchParams }: PageProps<'/[locale]/preview'>) {
  const { locale } = await params;
  const filter = deskFilter(await searchParams);
  const desk = isLocale(locale) ? await loadDesk(locale, filter) : undefined;
  if (!isLocale(locale) || !desk) notFound();
  setRequestLocale(locale);
  const [t, tLang, tArticle, tShare] = await Promise.all([
    getTranslations({ locale, namespace: 'Preview' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'ShareDraft' }),
  ]);
  const { waiting, problems } = desk;
  const th = 'border-b border-line p-2 text-start font-bold';
  const td = 'border-b border-line p-2 align-top';
  return (
    <>
      <SiteHeader locale={locale} nav={desk.nav} current={null} switchHref="/preview" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6" data-testid="desk">
        <h1 className="text-3xl font-bold">{t('deskTitle')}</h1>
        <p className="mt-2 text-muted">{t('deskIntro')}</p>
        {desk.total > 0 && <DeskFilters filter={filter} sections={desk.sections} locale={locale} />}
        {waiting.length === 0 ? (
          <p className="mt-6">{desk.total === 0 ? t('nothing') : tShare('noneMatch')}</p>
        ) : (
          // One card per story at every width: a phone reads them one above the other.
          <ul className="mt-6 grid gap-4 lg:grid-cols-2" data-testid="desk-stories">
            {waiting.map((a) => (
              <li key={a.id} data-id={a.id} className="grid content-start gap-3 rounded border border-line p-4" data-testid="desk-story">
                <h2 className="text-lg font-bold" lang={a.locale} dir={localeConfig[a.locale].dir}>
                  <Link href={storyPath(a)} locale={a.locale} prefetch={false} className="text-accent underline">
                    {a.title}
                  </Link>
                </h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-bold">{t('colSection')}</dt>
                  <dd>{a.sectionName}</dd>
                  <dt className="font-bold">{t('colLocale')}</dt>
                  <dd>{tLang(a.locale)}</dd>
                  <dt className="font-bold">{t('colStatus')}</dt>
                  <dd>{a.status === 'draft' ? tArticle('draft') : tArticle('scheduled', { date: formatDateTime(a.published, locale) })}</dd>
                  <dt className="font-bold">{t('colTimes')}</dt>
                  <dd>
                    <time dateTime={a.publishedAt}>{formatDateTime(a.published, locale)}</time>
                  </dd>
                </dl>
                <section aria-label={tShare('warnings')}>
                  <StoryWarnings warnings={a.warnings} locale={locale} />
                </section>
                <details className="grid gap-2">
                  <summary className="min-h-11 cursor-pointer py-2 font-bold">{tShare('share')}</summary>
                  <ShareForm id={a.id} locale={locale} editorName={desk.editorName} />
                </details>
                <ShareLinks id={a.id} links={a.links} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        <h2 className="mt-10 text-2xl font-bold">{t('problems')}</h2>
        {problems.length === 0 ? (
          <p className="mt-2">{t('noProblems')}</p>
        ) : (
          // Focusable: at phone widths the table scrolls sideways, and a keyboard must reach it.
          <div className="mt-4 overflow-x-auto" role="region" aria-label={t('problems')} tabIndex={0}>
            <table className="w-full border-collapse text-sm" data-testid="desk-problems">
              <thead>
                <tr>
                  <th className={th}>{t('colLevel')}</th>
                  <th className={th}>{t('colFile')}</th>
                  <th className={th}>{t('colField')}</th>
                  <th className={th}>{t('colReason')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <td className={td}>{p.level === 'error' ? t('error') : t('warning')}</td>
                    <td className={td} dir="ltr" lang="en">
                      <code>{p.file}</code>
                    </td>
                    <td className={td} dir="ltr" lang="en">
                      <code>{p.field || '—'}</code>
                    </td>
                    <td className={td} dir="ltr" lang="en">
                      {p.reason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </>
  );
}
