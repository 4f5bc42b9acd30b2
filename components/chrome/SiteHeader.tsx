import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeConfig, type Locale } from '@/i18n/locales';
import type { NavItem } from '@/lib/loaders/shared';
import { sectionPath } from '@/lib/paths';
import { DisplaySettings } from './DisplaySettings';
import { SearchIcon } from './Icons';
import { LanguageSwitch } from './LanguageSwitch';
import { LiteOffer } from './LiteOffer';
import { TodayDate } from './TodayDate';

/**
 * The frame's top: date and settings, the masthead with search, and the section menu
 * (a sideways-scrolling row on phones). `switchHref` is where the language switch
 * goes; each page knows it (an article's translation, its section, or home).
 * `current`: the section the page belongs to; undefined on home, null elsewhere.
 * `liteHref`: this page's lite twin (the lite front page where there is none).
 */
export async function SiteHeader({
  locale,
  nav,
  switchHref,
  current,
  liteHref = `/${locale}/lite`,
}: {
  locale: Locale;
  nav: NavItem[];
  switchHref: string;
  current?: string | null;
  liteHref?: string;
}) {
  const [t, tTheme, tTime, tSite, tOffline] = await Promise.all([
    getTranslations({ locale, namespace: 'Nav' }),
    getTranslations({ locale, namespace: 'Theme' }),
    getTranslations({ locale, namespace: 'Time' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Offline' }),
  ]);
  const navLink = 'inline-flex min-h-11 items-center whitespace-nowrap border-b-4 px-3 font-bold hover:text-accent';
  return (
    <>
      <LiteOffer locale={locale} href={liteHref} />
      <header className="border-b border-line bg-paper">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-1">
          <TodayDate locale={locale} />
          <div className="flex flex-wrap items-center gap-2">
            {/* A plain link: offline, the worker opens the kept page (a router fetch would fail first). */}
            <a href={`/${locale}/saved`} className="inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm hover:border-accent hover:text-accent" data-testid="saved-link">
              {tOffline('savedLink')}
            </a>
            <DisplaySettings
              hijriToggle={localeConfig[locale].secondCalendar === null}
              labels={{ theme: tTheme('label'), system: tTheme('system'), light: tTheme('light'), dark: tTheme('dark'), hijri: tTime('hijriToggle') }}
            />
            <LanguageSwitch locale={locale} href={switchHref} />
          </div>
        </div>
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          {/* The tagline stays outside the link: a link's name must hold the words it shows (WCAG 2.5.3). */}
          <div className="flex flex-col">
            <Link href="/" prefetch={false} className="text-4xl font-bold leading-tight text-accent sm:text-5xl" aria-label={tSite('logoLabel')}>
              {tSite('name')}
            </Link>
            <span className="hidden text-sm text-muted sm:block">{tSite('tagline')}</span>
          </div>
          <form action={`/${locale}/search`} method="get" role="search" className="flex items-center" data-testid="header-search">
            <label htmlFor="header-q" className="sr-only">
              {t('searchLabel')}
            </label>
            <input
              id="header-q"
              name="q"
              type="search"
              maxLength={200}
              placeholder={t('searchPlaceholder')}
              className="hidden h-11 w-56 rounded-s-full border border-line bg-paper px-4 text-base md:block"
            />
            <button
              type="submit"
              className="inline-flex h-11 min-w-11 items-center justify-center gap-1 rounded-full border border-line px-3 md:rounded-s-none md:border-s-0"
            >
              <SearchIcon />
              <span className="sr-only">{t('search')}</span>
            </button>
          </form>
        </div>
        {/* No link here is prefetched: each would fetch a whole page on every page view, a
            cost on the metered, slow connections many readers have (see docs/performance.md). */}
        <nav aria-label={t('sections')} className="border-t border-line">
          <ul className="scroll-row mx-auto flex max-w-6xl overflow-x-auto px-2">
            <li>
              <Link href="/" prefetch={false} className={`${navLink} ${current === undefined ? 'border-accent' : 'border-transparent'}`} aria-current={current === undefined ? 'page' : undefined}>
                {tSite('home')}
              </Link>
            </li>
            {nav.map((s) => (
              <li key={s.id}>
                <Link
                  href={sectionPath(s.id)}
                  prefetch={false}
                  className={`${navLink} ${current === s.id ? 'border-accent' : 'border-transparent'}`}
                  aria-current={current === s.id ? 'page' : undefined}
                >
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  );
}
