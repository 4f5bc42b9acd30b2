import Image from 'next/image';
import type { ImageData } from '@/lib/content/types';

/**
 * A store image at its own proportions (width and height from the file, so nothing
 * shifts while it loads). Remote https images are shown as they are: the optimiser
 * only serves our own files.
 */
export function StoryImage({
  image,
  sizes,
  priority = false,
  className = '',
}: {
  image: Pick<ImageData, 'src' | 'alt' | 'width' | 'height'>;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <Image
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      preload={priority}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      quality={60}
      unoptimized={image.src.startsWith('https:')}
      className={`h-auto w-full bg-paper-2 object-cover ${className}`}
    />
  );
}
