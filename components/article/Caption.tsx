import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { BidiText } from '../text/BidiText';

export async function Caption({ caption, credit, locale }: { caption?: string; credit?: string; locale: Locale }) {
  if (!caption && !credit) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <figcaption className="text-sm leading-relaxed text-muted">
      {caption && <BidiText text={caption} locale={locale} />}
      {credit && (
        <span className="ms-2 text-xs uppercase tracking-wide" data-testid="credit">
          {t('imageCredit', { credit })}
        </span>
      )}
    </figcaption>
  );
}
