import 'server-only';
import { unstable_cache } from 'next/cache';
import { readerDb } from '@/lib/db';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import type { SectionRef } from './views';

export type SectionInfo = SectionRef & { id: number; description: string };

export const getSections = unstable_cache(
  async (): Promise<SectionInfo[]> =>
    readerDb.section.findMany({
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, slug: true, description: true },
    }),
  ['sections'],
  { tags: [TAGS.sections], revalidate: SAFETY_REVALIDATE_SECONDS },
);

export async function getSectionBySlug(slug: string): Promise<SectionInfo | null> {
  return (await getSections()).find((section) => section.slug === slug) ?? null;
}
