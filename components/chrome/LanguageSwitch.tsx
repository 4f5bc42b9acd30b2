import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeConfig, otherLocale, type Locale } from '@/i18n/locales';

/**
 * Goes to the same page in the other language: the translation of an article when
 * there is one, else what the page names (the section, or home). The label is written
 * in the target language, so it carries that language's lang and dir.
 */
export async function LanguageSwitch({ locale, href }: { locale: Locale; href: string }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const to = otherLocale(locale);
  return (
    <Link
      href={href}
      locale={to}
      hrefLang={to}
      // Not prefetched: following the link is what records the reader's choice (proxy.ts).
      prefetch={false}
      lang={to}
      dir={localeConfig[to].dir}
      aria-label={t('switchLanguageLabel')}
      className="label-system inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-bold hover:border-accent hover:text-accent"
      data-testid="language-switch"
    >
      {t('switchLanguage')}
    </Link>
  );
}
