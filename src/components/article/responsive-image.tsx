import { IMAGE_MIME, IMAGE_WIDTHS, imageUrl, scaledHeight, srcSet, widthsFor } from '@/lib/media/variants';
import type { PhotoView } from '@/lib/content/views';

type Props = {
  photo: Pick<PhotoView, 'storageKey' | 'width' | 'height' | 'alt' | 'decorative'>;
  /** The CSS width the image takes, for the browser to pick a file. */
  sizes: string;
  /** The lead image: fetched at once with high priority, never lazily. */
  priority?: boolean;
  className?: string;
  /** Largest width to offer as the fallback src. */
  maxWidth?: number;
};

/** A photo in AVIF and WebP with a JPEG fallback, in every width up to its own, with its size set. */
export function ResponsiveImage({ photo, sizes, priority = false, className, maxWidth = 960 }: Props) {
  const fallbackWidth = widthsFor(photo.width).filter((w) => w <= maxWidth).at(-1) ?? IMAGE_WIDTHS[0];
  return (
    <picture>
      {(['avif', 'webp'] as const).map((format) => (
        <source key={format} type={IMAGE_MIME[format]} srcSet={srcSet(photo.storageKey, photo.width, format)} sizes={sizes} />
      ))}
      <img
        src={imageUrl(photo.storageKey, { kind: 'width', width: fallbackWidth, format: 'jpg' })}
        srcSet={srcSet(photo.storageKey, photo.width, 'jpg')}
        sizes={sizes}
        width={fallbackWidth}
        height={scaledHeight(photo, fallbackWidth)}
        alt={photo.decorative ? '' : photo.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding={priority ? 'sync' : 'async'}
        className={className}
      />
    </picture>
  );
}
