import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { NavItem } from '@/lib/loaders/shared';
import { SiteHeader } from './SiteHeader';

export type NotFoundText = { title: string; body: string; home: string };

/** The not-found page inside the site's frame: header, a way home (the footer comes from around it). */
export function NotFoundView({ locale, nav, text }: { locale: Locale; nav: NavItem[]; text: NotFoundText }) {
  return (
    <>
      <SiteHeader locale={locale} nav={nav} current={null} switchHref="/" />
      <NotFoundMain locale={locale} text={text} />
    </>
  );
}

/** What a not-found page says: the title, a sentence and the way home. */
export function NotFoundMain({ locale, text }: { locale: Locale; text: NotFoundText }) {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-16" data-testid="not-found">
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p className="mt-3 text-lg text-muted">{text.body}</p>
      <Link href="/" locale={locale} prefetch={false} className="mt-6 inline-flex min-h-11 items-center rounded-full bg-accent px-6 font-bold text-accent-ink">
        {text.home}
      </Link>
    </main>
  );
}
