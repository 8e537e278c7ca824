import 'server-only';
import { shortLivedMap } from '@/lib/cache/short-lived';
import type { SearchQuery } from './query';
import { searchArticles, type SearchFilters, type SearchResult } from './search-articles';

// The public search page asks the same few questions many times on a busy day ("khen
// thưởng", a name in the news). An answer is remembered for half a minute, shared by
// every reader asking at once (one query runs, the others wait for it), and forgotten the
// moment public pages are refreshed, so a published or withdrawn article shows at once.
const answers = shortLivedMap<Promise<SearchResult>>(30_000, 500);

export function searchPublicArticles(query: SearchQuery, filters: SearchFilters, page: number): Promise<SearchResult> {
  const key = JSON.stringify([query, filters.section ?? null, filters.tag ?? null, filters.from?.toISOString() ?? null, filters.to?.toISOString() ?? null, page]);
  const remembered = answers.get(key);
  if (remembered) return remembered;
  const answer = searchArticles(query, filters, page);
  answers.set(key, answer);
  answer.catch(() => {
    if (answers.get(key) === answer) answers.delete(key);
  });
  return answer;
}

/** Forgets every remembered answer: called whenever public pages are refreshed. */
export function forgetPublicSearches() {
  answers.clear();
}
