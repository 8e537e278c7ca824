import 'server-only';
import { unstable_cache } from 'next/cache';
import { TAGS } from '@/lib/content/cache-tags';
import type { SearchQuery } from './query';
import { searchArticles, type SearchFilters, type SearchResult } from './search-articles';

// The public search page asks the same few questions many times on a busy day ("khen
// thưởng", a name in the news). An answer is kept for half a minute in the data cache,
// under the tag every publication and withdrawal expires on every instance, so a
// published or withdrawn article shows in the results at once.
export function searchPublicArticles(query: SearchQuery, filters: SearchFilters, page: number): Promise<SearchResult> {
  const key = JSON.stringify([query, filters.section ?? null, filters.tag ?? null, filters.from?.toISOString() ?? null, filters.to?.toISOString() ?? null, page]);
  return unstable_cache(() => searchArticles(query, filters, page), ['public-search', key], { tags: [TAGS.articles], revalidate: 30 })();
}
