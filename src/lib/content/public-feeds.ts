import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { unstable_cache } from 'next/cache';
import { readerDb } from '@/lib/db';
import { SITEMAP_FILE_URLS } from '@/lib/seo/sitemap-xml';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import { newsArticleSql, newsArticleWhere } from './public-rule';

const options = { tags: [TAGS.articles, TAGS.sections], revalidate: SAFETY_REVALIDATE_SECONDS };

export type FeedArticle = {
  slug: string;
  title: string;
  sapo: string;
  bodyText: string;
  publishedAt: string;
  section: string;
  leadKey: string | null;
};

/** Newest public articles for RSS, site-wide or for one section. */
export const getFeedArticles = unstable_cache(
  async (sectionSlug: string | null, limit: number): Promise<FeedArticle[]> => {
    const rows = await readerDb.article.findMany({
      where: { ...newsArticleWhere(), ...(sectionSlug ? { section: { slug: sectionSlug } } : {}) },
      select: { slug: true, title: true, sapo: true, bodyText: true, publishedAt: true, section: { select: { name: true } }, leadMedia: { select: { storageKey: true } } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      sapo: row.sapo,
      bodyText: row.bodyText.slice(0, 400),
      publishedAt: row.publishedAt!.toISOString(),
      section: row.section.name,
      leadKey: row.leadMedia?.storageKey ?? null,
    }));
  },
  ['feed-articles'],
  options,
);

export type SitemapArticle = { slug: string; lastmod: string; leadKey: string | null };
export type NewsSitemapArticle = { slug: string; title: string; publishedAt: string };

export const countPublicArticles = unstable_cache(async () => readerDb.article.count({ where: newsArticleWhere() }), ['public-article-count'], options);

/**
 * One sitemap file's worth of articles (file numbers start at 1), newest first: raw reads
 * of the columns a sitemap needs, walking the public rows' index in chunks of 5,000 (the
 * first by offset, the rest from where the last ended), so that building a file never
 * holds more than one chunk of rows at a time. Not in the data cache (a file's rows are
 * a megabyte): the sitemap routes cache their whole answer.
 */
const SITEMAP_CHUNK = 5000;

export async function getSitemapArticles(file: number, size: number = SITEMAP_FILE_URLS, chunk = SITEMAP_CHUNK): Promise<SitemapArticle[]> {
  type Row = { id: number; slug: string; publishedAt: Date; lastmod: Date; leadKey: string | null };
  const out: SitemapArticle[] = [];
  let last: Row | null = null;
  while (out.length < size) {
    const take = Math.min(chunk, size - out.length);
    const after: Prisma.Sql = last ? Prisma.sql`AND (a."publishedAt", a."id") < (${last.publishedAt}, ${last.id})` : Prisma.empty;
    const skip = last ? 0 : (file - 1) * size;
    const rows: Row[] = await readerDb.$queryRaw<Row[]>`
      SELECT a."id", a."slug", a."publishedAt", COALESCE(a."revisedAt", a."publishedAt") AS "lastmod", m."storageKey" AS "leadKey"
      FROM "Article" a LEFT JOIN "Media" m ON m."id" = a."leadMediaId"
      WHERE ${newsArticleSql('a')} ${after}
      ORDER BY a."publishedAt" DESC, a."id" DESC
      OFFSET ${skip} LIMIT ${take}`;
    for (const row of rows) out.push({ slug: row.slug, lastmod: row.lastmod.toISOString(), leadKey: row.leadKey });
    if (rows.length < take) break;
    last = rows[rows.length - 1];
  }
  return out;
}

/** Articles for the Google News sitemap: published in the last two days. */
export const getRecentArticles = unstable_cache(
  async (sinceIso: string, limit: number): Promise<NewsSitemapArticle[]> => {
    const rows = await readerDb.article.findMany({
      where: { AND: [newsArticleWhere(), { publishedAt: { gte: new Date(sinceIso) } }] },
      select: { slug: true, title: true, publishedAt: true },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((row) => ({ slug: row.slug, title: row.title, publishedAt: row.publishedAt!.toISOString() }));
  },
  ['recent-articles'],
  options,
);

/** Tags that have at least one public article. */
export const getPublicTags = unstable_cache(
  async () =>
    readerDb.tag.findMany({
      where: { articles: { some: { article: newsArticleWhere() } } },
      select: { slug: true, name: true },
      orderBy: { slug: 'asc' },
    }),
  ['public-tags'],
  options,
);
