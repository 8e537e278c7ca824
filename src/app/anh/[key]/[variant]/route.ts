import { getActor } from '@/lib/auth/session';
import { canReadPhoto } from '@/lib/editor/read-access';
import { getDerivedImage } from '@/lib/media/derive';
import { isPublicPhotoCached } from '@/lib/media/photo-visibility';
import { IMAGE_MIME, parseVariant } from '@/lib/media/variants';

const STORAGE_ID = /^\d{4}-\d{2}-[a-f0-9]{24}$/;
const notFound = () => new Response('Không tìm thấy ảnh.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * A served size of a photo, derived on first request; the URL never changes content. A
 * photo of a public article is public and cached for a year; any other photo only for
 * someone signed in who may read an article it belongs to (or who uploaded it), uncached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; variant: string }> }) {
  const { key, variant: name } = await params;
  const variant = parseVariant(name);
  if (!STORAGE_ID.test(key) || !variant) return notFound();
  const visible = (await isPublicPhotoCached(key)) ? 'public' : (await canReadPhoto(await getActor(), { storageKey: key })) ? 'private' : null;
  if (!visible) return notFound();
  const image = await getDerivedImage(key, variant);
  if (!image) return notFound();
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': variant.kind === 'width' ? IMAGE_MIME[variant.format] : 'image/jpeg',
      'Content-Length': String(image.length),
      'Cache-Control': visible === 'public' ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
