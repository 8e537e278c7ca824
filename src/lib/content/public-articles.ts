import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { db } from '@/lib/db';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { summaryInclude, toSummary, toView, viewInclude } from './article-mappers';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import { publicArticleWhere } from './public-rule';
import type { ArticleSummary, ArticleView, Paged } from './views';

const newestFirst = [{ publishedAt: 'desc' as const }, { id: 'desc' as const }];

export type ArticleLookup =
  | { kind: 'found'; article: ArticleView }
  | { kind: 'moved'; slug: string }
  | { kind: 'withdrawn'; title: string; withdrawnAt: string | null }
  | { kind: 'missing' };

async function lookupArticle(slug: string): Promise<ArticleLookup> {
  const row = await db.article.findFirst({ where: { slug, ...publicArticleWhere() }, include: viewInclude });
  if (row) return { kind: 'found', article: toView(row) };

  const withdrawn = await db.article.findFirst({
    where: { slug, status: 'WITHDRAWN' },
    select: { title: true, withdrawnAt: true },
  });
  if (withdrawn) return { kind: 'withdrawn', title: withdrawn.title, withdrawnAt: withdrawn.withdrawnAt?.toISOString() ?? null };

  const old = await db.articleSlug.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, publishedAt: true } } },
  });
  if (old && old.article.slug !== slug) return { kind: 'moved', slug: old.article.slug };
  return { kind: 'missing' };
}

/** An article page's data by slug; cached per slug and shared by metadata and page. */
export const getArticleBySlug = cache((slug: string) =>
  unstable_cache(lookupArticle, ['article-by-slug', slug], {
    tags: [TAGS.articleSlug(slug)],
    revalidate: SAFETY_REVALIDATE_SECONDS,
  })(slug),
);

export const getLatestArticles = unstable_cache(
  async (limit: number, offset = 0): Promise<ArticleSummary[]> => {
    const rows = await db.article.findMany({
      where: publicArticleWhere(),
      include: summaryInclude,
      orderBy: newestFirst,
      take: limit,
      skip: offset,
    });
    return rows.map(toSummary);
  },
  ['latest-articles'],
  { tags: [TAGS.articles], revalidate: SAFETY_REVALIDATE_SECONDS },
);

async function pagedArticles(where: object, page: number): Promise<Paged<ArticleSummary>> {
  const fullWhere = { ...publicArticleWhere(), ...where };
  const [total, rows] = await Promise.all([
    db.article.count({ where: fullWhere }),
    db.article.findMany({
      where: fullWhere,
      include: summaryInclude,
      orderBy: newestFirst,
      take: PAGE_SIZE,
      skip: (page - 1) * PAGE_SIZE,
    }),
  ]);
  return { items: rows.map(toSummary), total, page, pageCount: pageCount(total) };
}

export function getSectionArticles(sectionSlug: string, page: number) {
  return unstable_cache(() => pagedArticles({ section: { slug: sectionSlug } }, page), ['section-articles', sectionSlug, String(page)], {
    tags: [TAGS.section(sectionSlug)],
    revalidate: SAFETY_REVALIDATE_SECONDS,
  })();
}

export function getTagArticles(tagSlug: string, page: number) {
  return unstable_cache(() => pagedArticles({ tags: { some: { tag: { slug: tagSlug } } } }, page), ['tag-articles', tagSlug, String(page)], {
    tags: [TAGS.tag(tagSlug)],
    revalidate: SAFETY_REVALIDATE_SECONDS,
  })();
}

/** Newest articles of the same section, the article itself left out. */
export function getRelatedArticles(article: { id: number; section: { slug: string } }, limit = 5) {
  return unstable_cache(
    async (): Promise<ArticleSummary[]> => {
      const rows = await db.article.findMany({
        where: { ...publicArticleWhere(), section: { slug: article.section.slug }, id: { not: article.id } },
        include: summaryInclude,
        orderBy: newestFirst,
        take: limit,
      });
      return rows.map(toSummary);
    },
    ['related-articles', String(article.id), article.section.slug, String(limit)],
    { tags: [TAGS.section(article.section.slug)], revalidate: SAFETY_REVALIDATE_SECONDS },
  )();
}

/** The newest articles of each section, for the home page's section blocks. */
export const getSectionBlocks = unstable_cache(
  async (perSection: number) => {
    const sections = await db.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    return Promise.all(
      sections.map(async (section) => {
        const rows = await db.article.findMany({
          where: { ...publicArticleWhere(), sectionId: section.id },
          include: summaryInclude,
          orderBy: newestFirst,
          take: perSection,
        });
        return { section: { name: section.name, slug: section.slug }, articles: rows.map(toSummary) };
      }),
    );
  },
  ['section-blocks'],
  { tags: [TAGS.articles, TAGS.sections], revalidate: SAFETY_REVALIDATE_SECONDS },
);
