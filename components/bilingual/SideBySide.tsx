import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeConfig, type Locale } from '@/i18n/locales';
import { alignBodies } from '@/lib/content/align';
import type { Article } from '@/lib/content/types';
import { storyPath } from '@/lib/paths';
import { BodyBlock } from '../article/ArticleBody';
import { BidiText } from '../text/BidiText';
import { LanguageToggle } from './LanguageToggle';

/**
 * A story and its translation side by side, Arabic on the right. Each row holds the two
 * versions of one block, so a heading sits beside its counterpart. On phones the reader
 * switches between the two (LanguageToggle keeps the place); without JavaScript the rows
 * simply show both, one under the other.
 */
export async function SideBySide({ article, translation, locale }: { article: Article; translation: Article; locale: Locale }) {
  const [t, tLang] = await Promise.all([getTranslations({ locale, namespace: 'Article' }), getTranslations({ locale, namespace: 'Languages' })]);
  // The right-to-left version takes the right-hand column.
  const rtlFirst = localeConfig[article.locale].dir === 'rtl';
  const ar = rtlFirst ? article : translation;
  const en = rtlFirst ? translation : article;
  const rows = alignBodies(en.body, ar.body);
  const cell = (extra: string) => `min-w-0 ${extra}`;
  const side = (a: Article) => ({ lang: a.locale, dir: localeConfig[a.locale].dir, 'data-lang': a.locale });
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold text-muted">{t('bothTitle')}</h1>
        <Link href={storyPath(article)} prefetch={false} className="inline-flex min-h-11 items-center font-bold text-accent underline" data-testid="read-one">
          {t('readOne')}
        </Link>
      </div>
      <LanguageToggle labels={{ group: t('showVersion'), ar: tLang('ar'), en: tLang('en') }} initial={locale} />
      {/* dir=ltr on the grid only orders the columns: English left, Arabic right. */}
      <div dir="ltr" className="bilingual grid gap-x-8 md:grid-cols-2" data-testid="bilingual" data-show={locale}>
        <header className={cell('border-b border-line pb-4')} {...side(en)}>
          <h2 className="text-3xl font-bold leading-tight" data-testid="title-en">
            <BidiText text={en.title} locale="en" />
          </h2>
        </header>
        <header className={cell('border-b border-line pb-4')} {...side(ar)}>
          <h2 className="text-3xl font-bold leading-tight" data-testid="title-ar">
            <BidiText text={ar.title} locale="ar" />
          </h2>
        </header>
        {rows.map((row, i) => (
          <div key={i} className="contents" data-row={i}>
            <div className={cell('pt-4 text-lg')} {...side(en)} data-heading={row.heading || undefined}>
              {row.a && <BodyBlock block={row.a} locale="en" />}
            </div>
            <div className={cell('pt-4 text-lg')} {...side(ar)} data-heading={row.heading || undefined}>
              {row.b && <BodyBlock block={row.b} locale="ar" />}
            </div>
          </div>
        ))}
      </div>
    </main>
  );
}
