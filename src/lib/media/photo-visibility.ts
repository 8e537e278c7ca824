import 'server-only';
import { shortLivedMap } from '@/lib/cache/short-lived';
import { isPublicPhoto } from '@/lib/editor/read-access';

// Whether a photo is public is asked on every photo request of every public page, so a
// "yes" is remembered (for half a minute at most, and forgotten whenever public pages are
// refreshed: a withdrawal takes its photos with it). A "no" is never remembered: the
// moment an article is published, its photos are public.
const publicPhotos = shortLivedMap<true>(30_000, 20_000);

export async function isPublicPhotoCached(storageKey: string): Promise<boolean> {
  if (publicPhotos.get(storageKey)) return true;
  const answer = await isPublicPhoto(storageKey);
  if (answer) publicPhotos.set(storageKey, true);
  else publicPhotos.delete(storageKey);
  return answer;
}

/** Forgets every remembered "public": called whenever public pages are refreshed. */
export function forgetPhotoVisibility() {
  publicPhotos.clear();
}
