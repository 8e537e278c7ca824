import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import type { CacheChange } from '@/lib/editor/context';
import { tagsOfChange, type ChangeScope } from './announce';
import { TAGS } from './cache-tags';

/**
 * This instance's own pages, made current at once after a change committed, before the
 * editor's next request: the same tags the change announced to every instance (see
 * announce.ts), expired here without waiting for the notice to come back.
 */
export function refreshPublicPages(change: CacheChange, scope: ChangeScope = {}) {
  for (const tag of tagsOfChange(change, scope)) revalidateTag(tag, { expire: 0 });
}

/** The same after a site-wide change (settings, sections): every page, and the data every page reads. */
export function refreshEveryPage() {
  revalidateTag(TAGS.settings, { expire: 0 });
  revalidateTag(TAGS.sections, { expire: 0 });
  revalidatePath('/', 'layout');
}

/** The same for content other than articles (consultations, the calendar): these tags, here, at once. */
export function refreshTags(tags: string[]) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
