import 'server-only';
import { revalidateTag } from 'next/cache';
import type { CacheChange } from '@/lib/editor/context';
import { forgetPhotoVisibility } from '@/lib/media/photo-visibility';
import { forgetPublicSearches } from '@/lib/search/public-search';
import { TAGS } from './cache-tags';

type PortalServer = { __portalRefreshWithdrawn?: () => Promise<void>; __portalPurgePageCache?: () => void };

/**
 * Makes every public page a write touched current on its next visit: the article under
 * every slug it has had, lists, feeds and sitemaps (TAGS.articles), its sections and tags.
 * Tags expire at once (not stale-while-revalidate), the server's 410 list is re-read and
 * its one-second page cache and the remembered searches and photo answers emptied, so the next reader sees the change.
 */
export async function refreshPublicPages(change: CacheChange, options: { sections?: boolean; settings?: boolean } = {}) {
  // A draft saved, a step between editors: no public page changed, nothing to refresh (and
  // the editor's own page is not re-rendered under the person typing in it).
  const nothing = change.slugs.length === 0 && change.sections.length === 0 && change.tags.length === 0 && !options.sections && !options.settings;
  if (nothing) return;
  const tags = new Set<string>([TAGS.articles]);
  change.slugs.forEach((slug) => tags.add(TAGS.articleSlug(slug)));
  change.sections.forEach((slug) => tags.add(TAGS.section(slug)));
  change.tags.forEach((slug) => tags.add(TAGS.tag(slug)));
  if (options.sections) tags.add(TAGS.sections);
  if (options.settings) tags.add(TAGS.settings);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  forgetPhotoVisibility();
  forgetPublicSearches();
  const server = globalThis as PortalServer;
  await server.__portalRefreshWithdrawn?.();
  server.__portalPurgePageCache?.();
}
