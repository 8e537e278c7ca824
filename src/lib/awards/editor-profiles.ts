import 'server-only';
import { assertCan, can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { foldedName } from './name-query';

// The newsroom's reads of exemplary-model profiles: the list, the stories a profile can be
// told by, and one profile with its story's photos and the grants that could be its.

export async function listProfilesForEditors(ctx: EditorContext) {
  assertCan(ctx.actor, 'article.read');
  return db.exemplaryProfile.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, name: true, field: true, slug: true, updatedAt: true, article: { select: { id: true, title: true, status: true } }, _count: { select: { grants: true } } },
  });
}

/** Articles the user may edit that are not yet a profile's story, newest first. */
export async function storyChoices(ctx: EditorContext, keep?: number) {
  assertCan(ctx.actor, 'article.read');
  const rows = await db.article.findMany({
    where: { status: { not: 'WITHDRAWN' }, OR: [{ profile: null }, ...(keep ? [{ id: keep }] : [])] },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 150,
    select: { id: true, title: true, status: true, createdById: true, lastEditorId: true },
  });
  return rows.filter((row) => can(ctx.actor!, 'article.edit', row)).map(({ id, title, status }) => ({ id, title, status }));
}

export async function getProfileForEditor(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'article.read');
  const row = await db.exemplaryProfile.findUnique({
    where: { id },
    include: {
      article: { select: { id: true, title: true, slug: true, status: true, createdById: true, lastEditorId: true, photos: { orderBy: { position: 'asc' }, select: { mediaId: true, alt: true, caption: true } } } },
      grants: { orderBy: [{ issuedOn: 'desc' }, { position: 'asc' }], include: { awardType: { select: { name: true } }, decision: { select: { number: true, status: true } } } },
    },
  });
  if (!row) throw new AppError('not_found', 'Không tìm thấy gương điển hình.');
  // Grants with the same name, not yet linked to any profile: the newsroom decides which are this one's.
  const candidates = await db.$queryRaw<{ id: number; displayName: string; unit: string; awardName: string; awardClass: string | null; number: string; issuedOn: Date }[]>`
    SELECT g."id", g."displayName", g."unit", t."name" AS "awardName", g."awardClass", d."number", d."issuedOn"
    FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId" JOIN "AwardDecision" d ON d."id" = g."decisionId"
    WHERE g."listed" AND g."profileId" IS NULL AND g."searchName" = ${` ${foldedName(row.name)} `}
    ORDER BY d."issuedOn" DESC, g."position" LIMIT 50`;
  return { row, candidates, editable: can(ctx.actor!, 'article.edit', row.article) };
}
