import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { NavItem } from '@/lib/loaders/shared';
import { sectionPath } from '@/lib/paths';

/** Home » Section. The » is a mirrored character: it points forward in both directions. */
export async function Breadcrumb({ section, locale }: { section: NavItem; locale: Locale }) {
  const [t, tSite] = await Promise.all([getTranslations({ locale, namespace: 'Article' }), getTranslations({ locale, namespace: 'Site' })]);
  return (
    <nav aria-label={t('breadcrumb')} data-testid="breadcrumb">
      <ol className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
        <li>
          <Link href="/" prefetch={false} className="inline-flex min-h-11 items-center hover:text-accent hover:underline">
            {tSite('home')}
          </Link>
        </li>
        <li aria-hidden="true">»</li>
        <li>
          <Link href={sectionPath(section.id)} prefetch={false} className="inline-flex min-h-11 items-center font-bold text-accent hover:underline">
            {section.name}
          </Link>
        </li>
      </ol>
    </nav>
  );
}
