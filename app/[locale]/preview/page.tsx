import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/chrome/SiteHeader';
import { Link } from '@/i18n/navigation';
import { isLocale, localeConfig } from '@/i18n/locales';
import { loadDesk } from '@/lib/loaders/desk';
import { formatDateTime } from '@/lib/format/dates';
import { storyPath } from '@/lib/paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The editors' desk: what readers cannot see yet, and why a file is missing from the site. */
export default async function DeskPage({ params }: PageProps<'/[locale]/preview'>) {
  const { locale } = await params;
  const desk = isLocale(locale) ? await loadDesk(locale) : undefined;
  if (!isLocale(locale) || !desk) notFound();
  setRequestLocale(locale);
  const [t, tLang] = await Promise.all([getTranslations({ locale, namespace: 'Preview' }), getTranslations({ locale, namespace: 'Languages' })]);
  const tArticle = await getTranslations({ locale, namespace: 'Article' });
  const { waiting, problems } = desk;
  const th = 'border-b border-line p-2 text-start font-bold';
  const td = 'border-b border-line p-2 align-top';
  return (
    <>
      <SiteHeader locale={locale} nav={desk.nav} current={null} switchHref="/preview" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6" data-testid="desk">
        <h1 className="text-3xl font-bold">{t('deskTitle')}</h1>
        <p className="mt-2 text-muted">{t('deskIntro')}</p>
        {waiting.length === 0 ? (
          <p className="mt-6">{t('nothing')}</p>
        ) : (
          <div className="mt-6 overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="desk-stories">
              <thead>
                <tr>
                  <th className={th}>{t('colTitle')}</th>
                  <th className={th}>{t('colSection')}</th>
                  <th className={th}>{t('colLocale')}</th>
                  <th className={th}>{t('colStatus')}</th>
                  <th className={th}>{t('colTimes')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((a) => (
                  <tr key={a.id} data-id={a.id}>
                    <td className={td} lang={a.locale} dir={localeConfig[a.locale].dir}>
                      <Link href={storyPath(a)} locale={a.locale} prefetch={false} className="font-bold text-accent underline">
                        {a.title}
                      </Link>
                    </td>
                    <td className={td}>{a.sectionName}</td>
                    <td className={td}>{tLang(a.locale)}</td>
                    <td className={td}>{a.status === 'draft' ? tArticle('draft') : tArticle('scheduled', { date: formatDateTime(a.published, locale) })}</td>
                    <td className={td}>
                      <time dateTime={a.publishedAt}>{formatDateTime(a.published, locale)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2 className="mt-10 text-2xl font-bold">{t('problems')}</h2>
        {problems.length === 0 ? (
          <p className="mt-2">{t('noProblems')}</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
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
