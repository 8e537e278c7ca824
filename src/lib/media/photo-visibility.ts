import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAGS } from '@/lib/content/cache-tags';
import { isPublicPhoto } from '@/lib/editor/read-access';

// Whether a photo is public is asked on every photo request of every public page, so the
// answer is kept in the data cache under the tag every publication and withdrawal
// expires, on every instance (src/lib/content/announce.ts): a published article's photos
// are public at once, a withdrawn one's private at once.
export function isPublicPhotoCached(storageKey: string): Promise<boolean> {
  return unstable_cache(() => isPublicPhoto(storageKey), ['photo-public', storageKey], { tags: [TAGS.articles], revalidate: 300 })();
}
