import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { CacheChange } from '@/lib/editor/context';
import { TAGS } from './cache-tags';
import { CHANGE_CHANNEL, encodeNotice, type ChangeNotice } from './change-channel';

export type ChangeScope = { sections?: boolean; settings?: boolean };

/** The cache tags of every public page a change touches (nothing for a draft's save). */
export function tagsOfChange(change: CacheChange, scope: ChangeScope = {}): string[] {
  const nothing = change.slugs.length === 0 && change.sections.length === 0 && change.tags.length === 0 && !scope.sections && !scope.settings;
  if (nothing) return [];
  const tags = new Set<string>([TAGS.articles]);
  change.slugs.forEach((slug) => tags.add(TAGS.articleSlug(slug)));
  change.sections.forEach((slug) => tags.add(TAGS.section(slug)));
  change.tags.forEach((slug) => tags.add(TAGS.tag(slug)));
  if (scope.sections) tags.add(TAGS.sections);
  if (scope.settings) tags.add(TAGS.settings);
  return [...tags];
}

async function notify(tx: Prisma.TransactionClient, notice: ChangeNotice) {
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${encodeNotice(notice)})`;
}

/**
 * Tells every instance (this one too) which cached pages the change makes old. Called
 * inside the change's transaction: PostgreSQL delivers the notice at commit, and never
 * for a change rolled back.
 */
export async function announceChange(tx: Prisma.TransactionClient, change: CacheChange, scope: ChangeScope = {}) {
  const tags = tagsOfChange(change, scope);
  if (tags.length > 0) await notify(tx, { tags });
}

/** A change every page shows (the site's name, its menus): every cached page is old. */
export async function announceSiteWideChange(tx: Prisma.TransactionClient) {
  await notify(tx, { everything: true });
}

/** Tells every instance that pages with these tags are old (for content other than articles). */
export async function announceTags(tx: Prisma.TransactionClient, tags: string[]) {
  if (tags.length > 0) await notify(tx, { tags: [...new Set(tags)] });
}
