import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import { countListed, latestArticles, lookupArticle, newestInSection, pagedArticles, relatedArticles, sectionBlocks, type ListFilter } from './public-queries';

export type { ArticleLookup } from './public-queries';

// Public reads behind Next's data cache, each tagged so a change refreshes every page
// that shows it (see cache-tags.ts).
const revalidate = SAFETY_REVALIDATE_SECONDS;

/** An article page's data by slug; shared by metadata and page within one request. */
export const getArticleBySlug = cache((slug: string) =>
  unstable_cache(lookupArticle, ['article-by-slug', slug], { tags: [TAGS.articleSlug(slug)], revalidate })(slug),
);

export const getLatestArticles = unstable_cache(latestArticles, ['latest-articles'], { tags: [TAGS.articles], revalidate });

/** A list's length, the same for all its pages: counted once per change, not per page. */
function cachedCount(filter: ListFilter) {
  const [key, tag] = 'sectionSlug' in filter ? [`section:${filter.sectionSlug}`, TAGS.section(filter.sectionSlug)] : [`tag:${filter.tagSlug}`, TAGS.tag(filter.tagSlug)];
  return unstable_cache(() => countListed(filter), ['list-count', key], { tags: [tag], revalidate })();
}

export function getSectionArticles(sectionSlug: string, page: number) {
  return unstable_cache(() => pagedArticles({ sectionSlug }, page, cachedCount), ['section-articles', sectionSlug, String(page)], {
    tags: [TAGS.section(sectionSlug)],
    revalidate,
  })();
}

export function getTagArticles(tagSlug: string, page: number) {
  return unstable_cache(() => pagedArticles({ tagSlug }, page, cachedCount), ['tag-articles', tagSlug, String(page)], {
    tags: [TAGS.tag(tagSlug)],
    revalidate,
  })();
}

/** The newest of a section, shared by every article page of that section. */
function cachedNewestInSection(sectionSlug: string, count: number) {
  return unstable_cache(() => newestInSection(sectionSlug, count), ['section-newest', sectionSlug, String(count)], { tags: [TAGS.section(sectionSlug)], revalidate })();
}

/** Newest articles of the same section, the article itself left out. */
export function getRelatedArticles(article: { id: number; section: { slug: string } }, limit = 5) {
  return relatedArticles(article.id, article.section.slug, limit, cachedNewestInSection);
}

/** The newest articles of each section, for the home page and the HTML sitemap. */
export const getSectionBlocks = unstable_cache(sectionBlocks, ['section-blocks'], { tags: [TAGS.articles, TAGS.sections], revalidate });
