import 'server-only';
import { unstable_cache } from 'next/cache';
import { readerDb } from '@/lib/db';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import type { TagRef } from './views';

export function getTagBySlug(slug: string): Promise<TagRef | null> {
  return unstable_cache(
    async () => readerDb.tag.findUnique({ where: { slug }, select: { name: true, slug: true } }),
    ['tag-by-slug', slug],
    { tags: [TAGS.tag(slug)], revalidate: SAFETY_REVALIDATE_SECONDS },
  )();
}
