import type { Prisma } from '@/generated/prisma/client';

/**
 * The one rule of what the public may see: an article that is published, or scheduled
 * and due, with a publication time not in the future. Every public read goes through it.
 */
export function publicArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishedAt: { lte: now } };
}

/** The same rule in SQL, for raw queries (search, sitemaps); `a` is the article alias. */
export const PUBLIC_ARTICLE_SQL = `a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= now()`;
