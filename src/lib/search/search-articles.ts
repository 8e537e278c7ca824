import 'server-only';
import { Prisma, type ArticleStatus } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { buildHits, type SearchHit } from './search-hits';
import { tsQueries, type SearchQuery } from './query';

export type SearchScope = { kind: 'public' } | { kind: 'editor'; statuses?: ArticleStatus[] };
export type SearchFilters = { section?: string | null; tag?: string | null; from?: Date | null; to?: Date | null };
export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number; approximate: boolean };

function scopeSql(scope: SearchScope): Prisma.Sql {
  if (scope.kind === 'public') return Prisma.sql`a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= now()`;
  if (!scope.statuses?.length) return Prisma.sql`TRUE`;
  return Prisma.sql`a."status" = ANY(${scope.statuses}::"ArticleStatus"[])`;
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.section) parts.push(Prisma.sql`a."sectionId" = (SELECT id FROM "Section" WHERE slug = ${filters.section})`);
  if (filters.tag) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = a.id AND t.slug = ${filters.tag})`);
  }
  if (filters.from) parts.push(Prisma.sql`a."publishedAt" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`a."publishedAt" <= ${filters.to}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

type Row = { id: number; total: bigint };

async function fullText(query: SearchQuery, prefix: boolean, where: Prisma.Sql, offset: number): Promise<Row[]> {
  const q = tsQueries(query.tokens, prefix);
  return db.$queryRaw<Row[]>`
    WITH q AS (
      SELECT to_tsquery('simple', ${q.all}) AS all_words,
             to_tsquery('simple', ${q.titlePhrase}) AS title_phrase,
             to_tsquery('simple', ${q.phrase}) AS phrase,
             to_tsquery('simple', ${q.inTitle}) AS in_title,
             to_tsquery('simple', ${q.inLead}) AS in_lead,
             to_tsquery('simple', ${q.inBody}) AS in_body
    )
    SELECT a.id, count(*) OVER () AS total
    FROM q, "ArticleSearch" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s."document" @@ q.all_words AND ${where}
    ORDER BY CASE
        WHEN s."document" @@ q.title_phrase THEN 6
        WHEN s."document" @@ q.phrase THEN 5
        WHEN s."document" @@ q.in_title THEN 4
        WHEN s."document" @@ q.in_lead THEN 3
        WHEN s."document" @@ q.in_body THEN 2
        ELSE 1 END DESC,
      a."publishedAt" DESC NULLS LAST, a.id DESC
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
}

/**
 * Full-text search over titles, leads, bodies, captions, tags, bylines and attachments,
 * whatever the diacritics, case or Unicode form. Order: the whole phrase in the title,
 * the phrase anywhere, every word in the title, in the lead, in the body, elsewhere;
 * newest first within each. Whole words are tried first; only when nothing has them is
 * the last word taken as a prefix (a half-typed word), and only when that finds nothing
 * either are titles that look like the query offered (trigram similarity), marked
 * approximate. Each step widens only an empty result, so tolerance never floods one.
 */
export async function searchArticles(query: SearchQuery, filters: SearchFilters, page: number, scope: SearchScope = { kind: 'public' }): Promise<SearchResult> {
  const where = Prisma.sql`${scopeSql(scope)} ${filterSql(filters)}`;
  const offset = (page - 1) * PAGE_SIZE;
  let rows = await fullText(query, false, where, offset);
  // Past the last page of whole-word results stays empty rather than switching to prefixes.
  const wholeWordsFound = rows.length > 0 || (page > 1 && (await fullText(query, false, where, 0)).length > 0);
  if (!wholeWordsFound) rows = await fullText(query, true, where, offset);

  if (rows.length > 0 || page > 1) {
    const total = Number(rows[0]?.total ?? 0);
    return { hits: await buildHits(rows.map((r) => r.id), query, !wholeWordsFound), total, page, pageCount: pageCount(total), approximate: false };
  }
  if (query.folded.replace(/\s/g, '').length < 3) return { hits: [], total: 0, page, pageCount: 1, approximate: false };

  const similar = await db.$queryRaw<{ id: number }[]>`
    SELECT a.id
    FROM "ArticleSearch" s JOIN "Article" a ON a.id = s."articleId"
    WHERE ${query.folded} <% s."titleFolded" AND ${where}
    ORDER BY word_similarity(${query.folded}, s."titleFolded") DESC, a."publishedAt" DESC NULLS LAST
    LIMIT ${PAGE_SIZE}`;
  return { hits: await buildHits(similar.map((r) => r.id), query, true), total: similar.length, page: 1, pageCount: 1, approximate: similar.length > 0 };
}
