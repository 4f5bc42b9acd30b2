import type { Locale } from '@/i18n/locales';
import { BidiText } from '../../text/BidiText';

export function ListBlock({ items, ordered, locale }: { items: string[]; ordered?: boolean; locale: Locale }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`grid gap-2 ps-6 ${ordered ? 'list-decimal' : 'list-disc'} marker:text-accent`}>
      {items.map((item, i) => (
        <li key={i}>
          <BidiText text={item} locale={locale} />
        </li>
      ))}
    </List>
  );
}
