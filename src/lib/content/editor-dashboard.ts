import 'server-only';
import type { ArticleStatus, Prisma } from '@/generated/prisma/client';
import { can, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

export type DashboardItem = { id: number; slug: string; title: string; status: ArticleStatus; section: string; at: string; author: string };

const select = {
  id: true,
  slug: true,
  title: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  byline: true,
  section: { select: { name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

async function list(where: Prisma.ArticleWhereInput, orderBy: Prisma.ArticleOrderByWithRelationInput, useUpdated: boolean): Promise<DashboardItem[]> {
  const rows = await db.article.findMany({ where, select, orderBy, take: 10 });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    section: row.section.name,
    at: (useUpdated ? row.updatedAt : (row.publishedAt ?? row.updatedAt)).toISOString(),
    author: row.createdBy?.name ?? row.byline,
  }));
}

/** What a signed-in user sees first: their drafts, what waits for them, what is out and due. */
export async function getDashboard(actor: Actor) {
  const now = new Date();
  const [mine, waiting, published, scheduled] = await Promise.all([
    list({ createdById: actor.id, status: { in: ['DRAFT', 'RETURNED', 'SUBMITTED'] } }, { updatedAt: 'desc' }, true),
    // Submitted articles, and edits of live articles waiting for a second person.
    can(actor, 'article.publish') ? list({ OR: [{ status: 'SUBMITTED' }, { pendingRevisionId: { not: null } }] }, { updatedAt: 'asc' }, true) : Promise.resolve(null),
    list({ status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishedAt: { lte: now } }, { publishedAt: 'desc' }, false),
    // What is scheduled but not out yet is unpublished: not for contributors' eyes.
    can(actor, 'article.read', { status: 'SCHEDULED', createdById: null, lastEditorId: null })
      ? list({ status: 'SCHEDULED', publishedAt: { gt: now } }, { publishedAt: 'asc' }, false)
      : Promise.resolve([]),
  ]);
  return { mine, waiting, published, scheduled };
}
