import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Prisma, RecipientKind } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { toSummary, summaryRead, toView, viewInclude } from '@/lib/content/article-mappers';
import { publicArticleSql, publicArticleWhere } from '@/lib/content/public-rule';
import type { ArticleSummary, ArticleView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';
import { tsQueries } from '@/lib/search/query';
import { PAGE_SIZE } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';
import { nameWords } from './name-query';
import { publicRow, unitMap, type RegisterRow } from './register';
import { unitFamily, unitLabel, type UnitRef } from './units';

// Exemplary-model profiles as the public reads them: those whose story is a public
// article. A profile's page has its facts, its portrait, the story, the grants the
// newsroom linked to it (listed ones only) and other news that names it. Cached with the
// article lists' tag too: a profile appears and goes with its story.

export type ProfileCard = {
  slug: string;
  name: string;
  kind: RecipientKind;
  field: string;
  unit: string;
  commune: string | null;
  summary: string;
  portrait: { storageKey: string; width: number; height: number; alt: string } | null;
};

export type PublicProfile = ProfileCard & { updatedAt: string; story: ArticleView; grants: RegisterRow[]; news: ArticleSummary[] };

const publicProfileWhere = (): Prisma.ExemplaryProfileWhereInput => ({ article: publicArticleWhere() });

const cardSelect = {
  slug: true,
  name: true,
  kind: true,
  field: true,
  unit: true,
  communeCode: true,
  summary: true,
  portraitAlt: true,
  portrait: { select: { storageKey: true, width: true, height: true } },
} satisfies Prisma.ExemplaryProfileSelect;

type CardRow = Prisma.ExemplaryProfileGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, units: Map<string, UnitRef>): ProfileCard {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    field: row.field,
    unit: row.unit,
    commune: row.communeCode ? unitLabel(row.communeCode, units) : null,
    summary: row.summary,
    portrait: row.portrait ? { ...row.portrait, alt: row.portraitAlt } : null,
  };
}

export type ProfileFilter = { field: string | null; unitCode: string | null; page: number };

/** One page of public profiles, newest story first (uncached: getProfiles is the cached read). */
export async function loadProfiles(filter: ProfileFilter, units: Map<string, UnitRef>): Promise<{ items: ProfileCard[]; total: number }> {
  const where: Prisma.ExemplaryProfileWhereInput = {
    ...publicProfileWhere(),
    ...(filter.field ? { field: filter.field } : {}),
    ...(filter.unitCode ? { communeCode: { in: unitFamily(filter.unitCode, units) } } : {}),
  };
  const [rows, total] = await Promise.all([
    readerDb.exemplaryProfile.findMany({ where, select: cardSelect, orderBy: [{ article: { publishedAt: 'desc' } }, { id: 'desc' }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    readerDb.exemplaryProfile.count({ where }),
  ]);
  return { items: rows.map((row) => toCard(row, units)), total };
}

export function getProfiles(filter: ProfileFilter) {
  return unstable_cache(async () => loadProfiles(filter, await unitMap()), ['profiles', JSON.stringify(filter)], { tags: [TAGS.articles, TAGS.profiles], revalidate: SAFETY_REVALIDATE_SECONDS })();
}

/**
 * News that names the person or collective: public articles with the whole name, as words
 * in a row, in the title, lead or body, newest first. The index finds the articles with
 * every word; the folded text decides whether they stand together.
 */
export async function newsNaming(name: string, exceptId: number): Promise<ArticleSummary[]> {
  const words = nameWords(name);
  if (words.length === 0) return [];
  // The newest 200 with every word are read in full, never the whole archive for a common name.
  const rows = await readerDb.$queryRaw<{ id: number }[]>`
    WITH candidates AS MATERIALIZED (
      SELECT s."articleId", s."publishedAt" FROM "ArticleSearch" s
      WHERE s."words" @@ to_tsquery('simple', ${tsQueries(words, false).all}) AND s."articleId" <> ${exceptId}
        AND ${publicArticleSql('s')}
      ORDER BY s."publishedAt" DESC LIMIT 200
    )
    SELECT c."articleId" AS id FROM candidates c JOIN "Article" a ON a."id" = c."articleId"
    WHERE ' ' || regexp_replace(portal_fold(concat_ws(' ', a."title", a."sapo", a."bodyText")), '[^a-z0-9]+', ' ', 'g') || ' ' LIKE ${`% ${words.join(' ')} %`}
    ORDER BY c."publishedAt" DESC LIMIT 5`;
  if (rows.length === 0) return [];
  const articles = await readerDb.article.findMany({ where: { id: { in: rows.map((r) => r.id) }, ...publicArticleWhere() }, ...summaryRead, orderBy: { publishedAt: 'desc' } });
  return articles.map(toSummary);
}

/** A public profile by its slug (uncached: getPublicProfile is the cached read). */
export async function loadProfile(slug: string, units: Map<string, UnitRef>): Promise<PublicProfile | null> {
  const row = await readerDb.exemplaryProfile.findFirst({
    where: { slug, ...publicProfileWhere() },
    select: {
      ...cardSelect,
      updatedAt: true,
      article: { include: viewInclude },
      grants: {
        where: { listed: true },
        orderBy: [{ issuedOn: 'desc' }, { position: 'asc' }],
        include: { awardType: { select: { name: true, slug: true } }, decision: { select: { number: true, slug: true, issuedOn: true, issuer: true } } },
      },
    },
  });
  if (!row) return null;
  const story = toView(row.article);
  return {
    ...toCard(row, units),
    updatedAt: new Date(Math.max(row.updatedAt.getTime(), Date.parse(story.revisedAt ?? story.publishedAt))).toISOString(),
    story,
    grants: row.grants.map((grant) =>
      publicRow({ ...grant, awardName: grant.awardType.name, awardSlug: grant.awardType.slug, number: grant.decision.number, decisionSlug: grant.decision.slug, issuedOn: grant.decision.issuedOn, issuer: grant.decision.issuer }, units),
    ),
    news: await newsNaming(row.name, row.article.id),
  };
}

export const getPublicProfile = (slug: string) =>
  isSlug(slug)
    ? unstable_cache(async () => loadProfile(slug, await unitMap()), ['profile', slug], { tags: [TAGS.articles, TAGS.profiles, TAGS.profile(slug), TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS })()
    : Promise.resolve(null);

async function loadSitemapProfiles(): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await readerDb.exemplaryProfile.findMany({ where: publicProfileWhere(), select: { slug: true, updatedAt: true }, take: 20_000 });
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

export const getSitemapProfiles = unstable_cache(loadSitemapProfiles, ['sitemap-profiles'], { tags: [TAGS.articles, TAGS.profiles], revalidate: SAFETY_REVALIDATE_SECONDS });
