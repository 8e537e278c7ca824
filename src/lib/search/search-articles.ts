import 'server-only';
import { Prisma, type ArticleStatus } from '@/generated/prisma/client';
import { readerDb } from '@/lib/db';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { buildHits, type SearchHit } from './search-hits';
import { tsQueries, type SearchQuery } from './query';
import { publicArticleSql } from '@/lib/content/public-rule';

export type SearchScope = { kind: 'public' } | { kind: 'editor'; statuses?: ArticleStatus[] };
export type SearchFilters = { section?: string | null; tag?: string | null; from?: Date | null; to?: Date | null };
export type SearchResult = {
  hits: SearchHit[];
  /** Exact up to CANDIDATE_LIMIT; `totalCapped` says there are more. */
  total: number;
  totalCapped: boolean;
  page: number;
  pageCount: number;
  approximate: boolean;
};

/**
 * Ranking looks at the newest this-many matches; a query matching more is a generic one
 * ("thi đua") and shows "hơn 300 kết quả" (15 pages): refine it with more words or the
 * filters. Walking the newest articles to find them stays cheap however common the words.
 */
export const CANDIDATE_LIMIT = 300;
export const MAX_SEARCH_PAGE = CANDIDATE_LIMIT / PAGE_SIZE;

function whereSql(scope: SearchScope, filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.kind === 'public') parts.push(publicArticleSql('s'));
  else if (scope.statuses?.length) parts.push(Prisma.sql`s."status" = ANY(${scope.statuses}::"ArticleStatus"[])`);
  if (filters.section) parts.push(Prisma.sql`s."sectionId" = (SELECT id FROM "Section" WHERE slug = ${filters.section})`);
  if (filters.tag) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = s."articleId" AND t.slug = ${filters.tag})`);
  }
  if (filters.from) parts.push(Prisma.sql`s."publishedAt" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`s."publishedAt" <= ${filters.to}`);
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

type Row = { id: number; total: bigint };

/**
 * One page of matches in rank order, best first: the whole phrase in the title; every
 * word in the title; the phrase in the lead (or tags); every word there; the words in
 * the body, captions, byline or attachments. Newest first within a rank.
 * Ranks are computed over the newest CANDIDATE_LIMIT + 1 matches (found by walking the
 * newest articles when the words are common, through the GIN index when they are rare);
 * the rank checks read only the small title and lead vectors.
 */
async function rankedPage(query: SearchQuery, prefix: boolean, where: Prisma.Sql, page: number): Promise<Row[]> {
  const q = tsQueries(query.tokens, prefix);
  return readerDb.$queryRaw<Row[]>`
    WITH candidates AS MATERIALIZED (
      SELECT s."articleId", s."publishedAt"
      FROM "ArticleSearch" s
      WHERE s."words" @@ to_tsquery('simple', ${q.all}) AND ${where}
      ORDER BY s."publishedAt" DESC, s."articleId" DESC
      LIMIT ${CANDIDATE_LIMIT + 1}
    ), q AS (
      SELECT to_tsquery('simple', ${q.all}) AS all_words, to_tsquery('simple', ${q.phrase}) AS phrase
    )
    SELECT c."articleId" AS id, (SELECT count(*) FROM candidates) AS total
    FROM candidates c JOIN "ArticleSearch" v ON v."articleId" = c."articleId", q
    ORDER BY CASE
        WHEN v."titleVector" @@ q.phrase THEN 6
        WHEN v."titleVector" @@ q.all_words THEN 5
        WHEN v."leadVector" @@ q.phrase THEN 4
        WHEN v."leadVector" @@ q.all_words THEN 3
        ELSE 2 END DESC,
      c."publishedAt" DESC, c."articleId" DESC
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
}

/**
 * Full-text search over titles, leads, bodies, captions, tags, bylines and attachments,
 * whatever the diacritics, case or Unicode form (see rankedPage for the order). Whole
 * words first; only when nothing has them is the last word taken as a prefix (a
 * half-typed word); only when that finds nothing either are titles that look like the
 * query offered (trigram similarity), marked approximate. Each step widens only an
 * empty result, so the tolerance never floods one.
 */
export async function searchArticles(query: SearchQuery, filters: SearchFilters, page: number, scope: SearchScope = { kind: 'public' }): Promise<SearchResult> {
  const where = whereSql(scope, filters);
  const empty = { hits: [], total: 0, totalCapped: false, page, pageCount: 1, approximate: false };
  if (page > MAX_SEARCH_PAGE) return empty;

  for (const prefix of [false, true]) {
    const rows = await rankedPage(query, prefix, where, page);
    // An empty page past the end must not switch to prefixes: look at page 1's count.
    const count = rows.length > 0 ? Number(rows[0].total) : page > 1 ? Number((await rankedPage(query, prefix, where, 1))[0]?.total ?? 0) : 0;
    if (count === 0) continue;
    const total = Math.min(count, CANDIDATE_LIMIT);
    const hits = await buildHits(rows.map((row) => row.id), query, prefix);
    return { hits, total, totalCapped: count > CANDIDATE_LIMIT, page, pageCount: pageCount(total), approximate: false };
  }
  if (page > 1 || query.folded.replace(/\s/g, '').length < 3) return empty;

  const similar = await readerDb.$queryRaw<{ id: number }[]>`
    SELECT s."articleId" AS id FROM "ArticleSearch" s
    WHERE ${query.folded} <% s."titleFolded" AND ${where}
    ORDER BY word_similarity(${query.folded}, s."titleFolded") DESC, s."publishedAt" DESC
    LIMIT ${PAGE_SIZE}`;
  const ids = similar.map((row) => row.id);
  return { hits: await buildHits(ids, query, true), total: ids.length, totalCapped: false, page: 1, pageCount: 1, approximate: ids.length > 0 };
}
