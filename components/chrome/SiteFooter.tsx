import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { NavItem } from '@/lib/loaders/shared';
import { sectionPath } from '@/lib/paths';
import { RssIcon } from './Icons';

export async function SiteFooter({ locale, nav }: { locale: Locale; nav: NavItem[] }) {
  const [t, tSite, tLite] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Lite' }),
  ]);
  return (
    <footer className="mt-12 border-t-4 border-accent bg-paper-2">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-3">
        <div>
          <p className="text-2xl font-bold text-accent">{tSite('name')}</p>
          <p className="mt-2 text-sm text-muted">{t('about')}</p>
        </div>
        <ul className="grid grid-cols-2 gap-x-4 text-sm">
          {nav.map((s) => (
            <li key={s.id}>
              <Link href={sectionPath(s.id)} prefetch={false} className="inline-flex min-h-11 items-center hover:text-accent">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
        <ul className="text-sm">
          <li>
            <a href={`/${locale}/rss.xml`} className="inline-flex min-h-11 items-center gap-2 hover:text-accent">
              <RssIcon />
              {t('rss')}
            </a>
          </li>
          <li>
            <a href={`/${locale}/lite`} className="inline-flex min-h-11 items-center hover:text-accent" data-testid="footer-lite">
              {tLite('edition')}
            </a>
          </li>
          <li>
            <a href="/sitemap.xml" className="inline-flex min-h-11 items-center hover:text-accent">
              {t('sitemap')}
            </a>
          </li>
        </ul>
      </div>
      <p className="border-t border-line px-4 py-4 text-center text-sm text-muted">{t('copyright', { year: String(new Date().getFullYear()) })}</p>
    </footer>
  );
}
