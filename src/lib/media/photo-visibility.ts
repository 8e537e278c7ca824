import 'server-only';
import { isPublicPhoto } from '@/lib/editor/read-access';

// Whether a photo is public is asked on every photo request of every public page, so a
// "yes" is remembered (for half a minute at most, and forgotten whenever public pages are
// refreshed: a withdrawal takes its photos with it). A "no" is never remembered: the
// moment an article is published, its photos are public.

const TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;
const publicSince = new Map<string, number>();

export async function isPublicPhotoCached(storageKey: string): Promise<boolean> {
  const now = Date.now();
  const at = publicSince.get(storageKey);
  if (at !== undefined && now - at < TTL_MS) return true;
  const answer = await isPublicPhoto(storageKey);
  publicSince.delete(storageKey);
  if (answer) {
    if (publicSince.size >= MAX_ENTRIES) publicSince.delete(publicSince.keys().next().value!);
    publicSince.set(storageKey, now);
  }
  return answer;
}

/** Forgets every remembered "public": called whenever public pages are refreshed. */
export function forgetPhotoVisibility() {
  publicSince.clear();
}
