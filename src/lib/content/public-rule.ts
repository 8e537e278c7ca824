import { Prisma } from '@/generated/prisma/client';
import { WITHDRAWN_STATUS } from './withdrawn-status';

/**
 * The one rule of what the public may see: an article that is published, or scheduled
 * and due, with a publication time not in the future. Every public read goes through it;
 * the raw reads (search, on its own copy of status and publishedAt, and sitemaps) use
 * publicArticleSql below.
 */
export function publicArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishedAt: { lte: now } };
}

/** The same rule for an article already read: its status and publication time. */
export function isPublicArticle(article: { status: string; publishedAt: Date | string | null }, now: Date = new Date()): boolean {
  return (article.status === 'PUBLISHED' || article.status === 'SCHEDULED') && article.publishedAt !== null && new Date(article.publishedAt) <= now;
}

/** The same rule in SQL, for the few raw reads (search, sitemaps), on a table alias. */
export function publicArticleSql(alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`${table}."status" IN ('PUBLISHED', 'SCHEDULED') AND ${table}."publishedAt" <= now()`;
}

/**
 * News: public articles that are not pages of the agency (those are read at their own
 * address, /gioi-thieu/…, and belong in no list of news, feed or news sitemap).
 */
export function newsArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { ...publicArticleWhere(now), page: { is: null } };
}

export function newsArticleSql(alias: string): Prisma.Sql {
  const table = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`${publicArticleSql(alias)} AND NOT EXISTS (SELECT 1 FROM "AgencyPage" ap WHERE ap."articleId" = ${table}."id")`;
}

export { WITHDRAWN_STATUS };

export function withdrawnArticleWhere(): Prisma.ArticleWhereInput {
  return { status: WITHDRAWN_STATUS };
}
