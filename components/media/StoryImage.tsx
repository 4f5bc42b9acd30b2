import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import type { ImageData } from '@/lib/content/types';
import { fitSrcSet } from '@/lib/media/srcset';

/**
 * A store image at its own proportions (width and height from the file, so nothing
 * shifts while it loads). Remote https images are shown as they are: the optimiser
 * only serves our own files.
 *
 * A plain <img> with the optimiser's srcset (getImageProps), rendered on the server:
 * `<Image>` is a client component, and hydrating one per story card cost a phone's main
 * thread ~40 ms on the home page (docs/performance.md) for behaviour we do not use
 * (blur placeholders, onLoad). Its `color: transparent` is left out too, so a picture that
 * fails to load shows its alt text.
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
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
    quality: 60,
    unoptimized: image.src.startsWith('https:'),
    className: `h-auto w-full bg-paper-2 object-cover ${className}`,
  });
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose (above)
  const { style, ...img } = props;
  if (img.srcSet) Object.assign(img, fitSrcSet(img.srcSet, img.src, image.width));
  // The lead picture is fetched with the document's first bytes, as <Image preload> did.
  if (priority) preload(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- next/image's own output, server-rendered
  return <img {...img} alt={image.alt} />;
}
