import type { Locale } from '@/i18n/locales';
import type { ImageData } from '@/lib/content/types';
import { StoryImage } from '../../media/StoryImage';
import { Caption } from '../Caption';

export function ImageBlock({ image, locale }: { image: ImageData; locale: Locale }) {
  return (
    <figure className="grid gap-2">
      <StoryImage image={image} sizes="(min-width: 768px) 720px, 100vw" className="rounded" />
      <Caption caption={image.caption} credit={image.credit} locale={locale} />
    </figure>
  );
}
