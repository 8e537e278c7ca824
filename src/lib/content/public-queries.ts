import 'server-only';
import { readerDb } from '@/lib/db';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { summaryRead, toSummary, toView, viewInclude } from './article-mappers';
import { newsArticleWhere, publicArticleWhere, withdrawnArticleWhere } from './public-rule';
import type { ArticleSummary, ArticleView, Paged } from './views';

// The public reads themselves, uncached; public-articles.ts puts them behind the cache.

const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];

export type ArticleLookup =
  | { kind: 'found'; article: ArticleView }
  | { kind: 'moved'; slug: string }
  | { kind: 'withdrawn'; title: string; withdrawnAt: string | null }
  | { kind: 'missing' };

export async function lookupArticle(slug: string): Promise<ArticleLookup> {
  const row = await readerDb.article.findFirst({ where: { slug, ...publicArticleWhere() }, include: viewInclude });
  if (row) return { kind: 'found', article: toView(row) };

  const withdrawn = await readerDb.article.findFirst({ where: { slug, ...withdrawnArticleWhere() }, select: { title: true, withdrawnAt: true } });
  if (withdrawn) return { kind: 'withdrawn', title: withdrawn.title, withdrawnAt: withdrawn.withdrawnAt?.toISOString() ?? null };

  const old = await readerDb.articleSlug.findUnique({ where: { slug }, select: { article: { select: { slug: true } } } });
  if (old && old.article.slug !== slug) return { kind: 'moved', slug: old.article.slug };
  return { kind: 'missing' };
}

export async function latestArticles(limit: number, offset = 0): Promise<ArticleSummary[]> {
  const rows = await readerDb.article.findMany({ where: newsArticleWhere(), ...summaryRead, orderBy: newestFirst, take: limit, skip: offset });
  return rows.map(toSummary);
}

export type ListFilter = { sectionSlug: string } | { tagSlug: string };

function listWhere(filter: ListFilter) {
  return {
    ...newsArticleWhere(),
    ...('sectionSlug' in filter ? { section: { slug: filter.sectionSlug } } : { tags: { some: { tag: { slug: filter.tagSlug } } } }),
  };
}

/** How many public articles a section or tag lists. */
export function countListed(filter: ListFilter): Promise<number> {
  return readerDb.article.count({ where: listWhere(filter) });
}

/** One page of a section's or tag's list; `count` may come from a cache (it is the same for every page). */
export async function pagedArticles(filter: ListFilter, page: number, count: (filter: ListFilter) => Promise<number> = countListed): Promise<Paged<ArticleSummary>> {
  const [total, rows] = await Promise.all([
    count(filter),
    readerDb.article.findMany({ where: listWhere(filter), ...summaryRead, orderBy: newestFirst, take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE }),
  ]);
  return { items: rows.map(toSummary), total, page, pageCount: pageCount(total) };
}

/** The newest public articles of a section. */
export async function newestInSection(sectionSlug: string, count: number): Promise<ArticleSummary[]> {
  const rows = await readerDb.article.findMany({ where: listWhere({ sectionSlug }), ...summaryRead, orderBy: newestFirst, take: count });
  return rows.map(toSummary);
}

/** The newest articles of the same section, the article itself left out. */
export async function relatedArticles(articleId: number, sectionSlug: string, limit: number, newest: typeof newestInSection = newestInSection): Promise<ArticleSummary[]> {
  return (await newest(sectionSlug, limit + 1)).filter((article) => article.id !== articleId).slice(0, limit);
}

export async function sectionBlocks(perSection: number) {
  const sections = await readerDb.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  return Promise.all(
    sections.map(async (section) => {
      const rows = await readerDb.article.findMany({
        where: { ...newsArticleWhere(), sectionId: section.id },
        ...summaryRead,
        orderBy: newestFirst,
        take: perSection,
      });
      return { section: { name: section.name, slug: section.slug }, articles: rows.map(toSummary) };
    }),
  );
}
