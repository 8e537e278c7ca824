import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AwardLevel, DecisionStatus } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import type { AttachmentView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';
import { PAGE_SIZE } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';
import { publicRow, unitMap, type RegisterRow } from './register';
import type { UnitRef } from './units';

// Award decisions as the public reads them: published ones, and annulled ones (their page
// stays, with the notice). A decision's list shows every grant not hidden, in its order.

const PUBLIC_STATUSES: DecisionStatus[] = ['PUBLISHED', 'ANNULLED'];

/** The same rule as publicArticleWhere, for a story already read. */
const storyIsPublic = (article: { status: string; publishedAt: Date | null }) => (article.status === 'PUBLISHED' || article.status === 'SCHEDULED') && article.publishedAt !== null && article.publishedAt <= new Date();

export type DecisionListItem = { slug: string; number: string; issuedOn: string; issuer: string; summary: string; status: DecisionStatus; grants: number };

export type PublicDecision = {
  id: number;
  slug: string;
  number: string;
  issuedOn: string;
  issuer: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  achievementYear: number;
  level: AwardLevel;
  status: DecisionStatus;
  publishedAt: string | null;
  updatedAt: string;
  annulledBy: string | null;
  annulmentReason: string | null;
  annulledAt: string | null;
  attachments: AttachmentView[];
  grants: RegisterRow[];
  /** Hidden lines are counted, never shown: "and 2 people who asked not to be published". */
  hiddenCount: number;
  changes: { at: string; note: string }[];
};

export async function loadDecisionList(page: number): Promise<{ items: DecisionListItem[]; total: number }> {
  const where = { status: { in: PUBLIC_STATUSES } };
  const [rows, total] = await Promise.all([
    readerDb.awardDecision.findMany({
      where,
      orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { slug: true, number: true, issuedOn: true, issuer: true, summary: true, status: true, _count: { select: { grants: { where: { publishLevel: { not: 'HIDDEN' } } } } } },
    }),
    readerDb.awardDecision.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({ slug: row.slug, number: row.number, issuedOn: row.issuedOn.toISOString().slice(0, 10), issuer: row.issuer, summary: row.summary, status: row.status, grants: row._count.grants })),
    total,
  };
}

export const getDecisionList = unstable_cache(loadDecisionList, ['decision-list'], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS });

/** A public decision by its slug (uncached: getPublicDecision is the cached read). */
export async function loadDecision(slug: string, units: Map<string, UnitRef>): Promise<PublicDecision | null> {
  const row = await readerDb.awardDecision.findFirst({
    where: { slug, status: { in: PUBLIC_STATUSES } },
    include: {
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
      grants: {
        where: { publishLevel: { not: 'HIDDEN' } },
        orderBy: { position: 'asc' },
        include: { awardType: { select: { name: true, slug: true } }, profile: { select: { slug: true, article: { select: { status: true, publishedAt: true } } } } },
      },
      revisions: { where: { publicNote: true }, orderBy: { createdAt: 'asc' }, select: { createdAt: true, note: true } },
      _count: { select: { grants: { where: { publishLevel: 'HIDDEN' } } } },
    },
  });
  if (!row) return null;
  const decision = { number: row.number, decisionSlug: row.slug, issuedOn: row.issuedOn, issuer: row.issuer };
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    issuedOn: row.issuedOn.toISOString().slice(0, 10),
    issuer: row.issuer,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    summary: row.summary,
    achievementYear: row.achievementYear,
    level: row.level,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    annulledBy: row.annulledBy,
    annulmentReason: row.annulmentReason,
    annulledAt: row.annulledAt?.toISOString() ?? null,
    attachments: row.attachments.map((a) => ({ id: a.id, title: a.title, fileName: a.originalName, mime: a.mime, bytes: a.bytes })),
    grants: row.grants.map((grant) =>
      publicRow({ ...grant, ...decision, awardName: grant.awardType.name, awardSlug: grant.awardType.slug, profileSlug: grant.profile && storyIsPublic(grant.profile.article) ? grant.profile.slug : null }, units),
    ),
    hiddenCount: row._count.grants,
    changes: row.revisions.map((revision) => ({ at: revision.createdAt.toISOString(), note: revision.note })),
  };
}

const cachedDecision = (slug: string) => unstable_cache(async () => loadDecision(slug, await unitMap()), ['decision', slug], { tags: [TAGS.register, TAGS.decision(slug)], revalidate: SAFETY_REVALIDATE_SECONDS })();

export const getPublicDecision = (slug: string) => (isSlug(slug) ? cachedDecision(slug) : Promise.resolve(null));

async function loadSitemapDecisions(): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await readerDb.awardDecision.findMany({ where: { status: { in: PUBLIC_STATUSES } }, orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }], take: 20_000, select: { slug: true, updatedAt: true } });
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

/** Every public decision's address and last change, for the sitemap. */
export const getSitemapDecisions = unstable_cache(loadSitemapDecisions, ['sitemap-decisions'], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS });

/** The decisions whose lists an article body shows ("Danh sách được khen"), by slug; those not public are left out. */
export async function embeddedDecisions(body: { content: { type: string; attrs?: unknown }[] }): Promise<Record<string, PublicDecision>> {
  const slugs = [...new Set(body.content.flatMap((block) => (block.type === 'grantList' ? [(block.attrs as { decision: string }).decision] : [])))].slice(0, 20);
  const found = await Promise.all(slugs.map((slug) => getPublicDecision(slug)));
  return Object.fromEntries(found.flatMap((decision) => (decision ? [[decision.slug, decision]] : [])));
}
