import type { PhotoView } from '@/lib/content/views';
import { stripCaptionPrefix } from '@/lib/text/prefixes';
import { ResponsiveImage } from './responsive-image';

/** A photo with its caption shown as "Ảnh: …" (the prefix is presentation, not data). */
export function PhotoFigure({ photo, priority = false }: { photo: PhotoView; priority?: boolean }) {
  const caption = stripCaptionPrefix(photo.caption);
  // A portrait-shaped photo (a person) is not stretched to the column's width: it would be a screen and a half tall.
  const upright = photo.height > photo.width;
  return (
    <figure className={upright ? 'mx-auto my-6 max-w-xs' : 'my-6'}>
      <ResponsiveImage
        photo={photo}
        sizes={upright ? '320px' : '(min-width: 1024px) 720px, calc(100vw - 2rem)'}
        priority={priority}
        className="h-auto w-full rounded-sm bg-neutral-100"
      />
      {(caption || photo.credit) && (
        <figcaption className="mt-2 text-center text-[15px] text-neutral-700 italic">
          {caption && <span>Ảnh: {caption}</span>}
          {photo.credit && <span className="not-italic text-neutral-600"> ({photo.credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}
