import 'server-only';
import { unstable_cache } from 'next/cache';
import { readerDb } from '@/lib/db';
import { SITEMAP_MAX_URLS } from '@/lib/seo/sitemap-xml';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from './cache-tags';
import { publicArticleWhere } from './public-rule';

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
      where: { ...publicArticleWhere(), ...(sectionSlug ? { section: { slug: sectionSlug } } : {}) },
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

const SITEMAP_CHUNK = 10_000;

export type SitemapArticle = { slug: string; lastmod: string; leadKey: string | null; title: string; publishedAt: string };

export const countPublicArticles = unstable_cache(async () => readerDb.article.count({ where: publicArticleWhere() }), ['public-article-count'], options);

/**
 * One sitemap file's worth of articles (file numbers start at 1), newest first. Not in
 * the data cache (50,000 rows are megabytes): the sitemap routes cache their whole answer.
 */
export async function getSitemapArticles(file: number, size: number = SITEMAP_MAX_URLS): Promise<SitemapArticle[]> {
  // Read 10,000 at a time, each batch continuing after the last row of the one before
  // (an index walk, not a growing OFFSET): the query engine's memory grows to the
  // largest answer it ever held, so no answer is the whole file.
  const articles: SitemapArticle[] = [];
  let after: { publishedAt: Date; id: number } | null = null;
  while (articles.length < size) {
    const take = Math.min(SITEMAP_CHUNK, size - articles.length);
    const rows: { id: number; slug: string; title: string; publishedAt: Date | null; revisedAt: Date | null; leadMediaId: number | null }[] =
      await readerDb.article.findMany({
        where: after
          ? { AND: [publicArticleWhere(), { OR: [{ publishedAt: { lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { lt: after.id } }] }] }
          : publicArticleWhere(),
        // The lead photos' keys are read apart, for the few rows that have one: a joined
        // relation makes the query engine assemble 10,000 nested objects.
        select: { id: true, slug: true, title: true, publishedAt: true, revisedAt: true, leadMediaId: true },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        skip: after ? 0 : (file - 1) * size,
        take,
      });
    const leadIds = [...new Set(rows.flatMap((row) => (row.leadMediaId === null ? [] : [row.leadMediaId])))];
    const keys = new Map(
      leadIds.length ? (await readerDb.media.findMany({ where: { id: { in: leadIds } }, select: { id: true, storageKey: true } })).map((media) => [media.id, media.storageKey]) : [],
    );
    for (const row of rows) {
      articles.push({
        slug: row.slug,
        title: row.title,
        publishedAt: row.publishedAt!.toISOString(),
        lastmod: (row.revisedAt ?? row.publishedAt!).toISOString(),
        leadKey: row.leadMediaId === null ? null : (keys.get(row.leadMediaId) ?? null),
      });
    }
    if (rows.length < take) break;
    const last = rows[rows.length - 1];
    after = { publishedAt: last.publishedAt!, id: last.id };
  }
  return articles;
}

/** Articles for the Google News sitemap: published in the last two days. */
export const getRecentArticles = unstable_cache(
  async (sinceIso: string, limit: number): Promise<SitemapArticle[]> => {
    const rows = await readerDb.article.findMany({
      where: { AND: [publicArticleWhere(), { publishedAt: { gte: new Date(sinceIso) } }] },
      select: { slug: true, title: true, publishedAt: true, revisedAt: true },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      publishedAt: row.publishedAt!.toISOString(),
      lastmod: (row.revisedAt ?? row.publishedAt!).toISOString(),
      leadKey: null,
    }));
  },
  ['recent-articles'],
  options,
);

/** Tags that have at least one public article. */
export const getPublicTags = unstable_cache(
  async () =>
    readerDb.tag.findMany({
      where: { articles: { some: { article: publicArticleWhere() } } },
      select: { slug: true, name: true },
      orderBy: { slug: 'asc' },
    }),
  ['public-tags'],
  options,
);
