import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { scriptOf } from '@/lib/text/runs';
import { ExternalIcon } from '../chrome/Icons';

/** "View on <publisher>" for a republished story. The publisher's name keeps its own script. */
export async function SourceLink({ source, locale }: { source: { name: string; url: string }; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const lang = scriptOf(source.name);
  return (
    <p className="rounded border border-line bg-paper-2 px-3 py-1 text-sm" data-testid="source">
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex min-h-11 items-center gap-2 font-bold text-accent hover:underline"
      >
        <span>
          {t.rich('viewOn', {
            name: source.name,
            source: (chunks) => (
              <bdi lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                {chunks}
              </bdi>
            ),
          })}
        </span>
        <ExternalIcon />
        <span className="sr-only">{t('newTab')}</span>
      </a>
    </p>
  );
}
