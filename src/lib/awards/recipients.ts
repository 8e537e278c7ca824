import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import type { ArticleSummary } from '@/lib/content/views';
import { foldedName } from './name-query';
import { newsNaming } from './public-profiles';
import { GRANT_COLUMNS, publicRow, unitMap, type RegisterRow } from './register';
import { unitFamily, type UnitRef } from './units';

// A recipient's page: one listed grant, and the other listed grants that are, as far as
// the register can tell, the same person or collective: the same name (in any spelling)
// and kind, and the same unit or, where both are published in full, the same commune
// (before or after the 2025 merger). The page says so, as a namesake may share a unit.
// With them: the exemplary-model profile if one is linked, and news naming them.

export type Recipient = { grant: RegisterRow; awards: RegisterRow[]; profileSlug: string | null; news: ArticleSummary[] };

type Record = Parameters<typeof publicRow>[0] & { publishLevel: 'FULL' | 'NAME_UNIT' | 'HIDDEN' };

export async function loadRecipient(grantId: number, units: Map<string, UnitRef>): Promise<Recipient | null> {
  const [record] = await readerDb.$queryRaw<Record[]>`
    SELECT ${GRANT_COLUMNS}
    FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId" JOIN "AwardDecision" d ON d."id" = g."decisionId"
    WHERE g."id" = ${grantId} AND g."listed"`;
  if (!record) return null;
  const sameUnit = record.unit ? Prisma.sql`(g."unit" <> '' AND portal_fold(g."unit") = portal_fold(${record.unit}))` : Prisma.sql`false`;
  const family = record.publishLevel === 'FULL' && record.communeCode ? unitFamily(record.communeCode, units) : [];
  const sameCommune = family.length > 0 ? Prisma.sql`(g."publishLevel" = 'FULL' AND g."communeCode" = ANY(${family}::text[]))` : Prisma.sql`false`;
  const records = await readerDb.$queryRaw<Record[]>`
    SELECT ${GRANT_COLUMNS}
    FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId" JOIN "AwardDecision" d ON d."id" = g."decisionId"
    WHERE g."listed" AND g."recipientKind" = ${record.recipientKind}::"RecipientKind"
      AND g."searchName" = ${` ${foldedName(record.displayName)} `}
      AND (g."id" = ${grantId} OR ${sameUnit} OR ${sameCommune})
    ORDER BY g."issuedOn" DESC, g."decisionId" DESC, g."position"
    LIMIT 100`;
  const awards = records.map((row) => publicRow(row, units));
  // News naming a collective, or a person published in full (a name alone is too common to search the news by).
  const news = record.recipientKind === 'COLLECTIVE' || record.publishLevel === 'FULL' ? await newsNaming(record.displayName, 0) : [];
  return { grant: publicRow(record, units), awards, profileSlug: awards.find((award) => award.profileSlug)?.profileSlug ?? null, news };
}

export const getRecipient = (grantId: number) =>
  unstable_cache(async () => loadRecipient(grantId, await unitMap()), ['recipient', String(grantId)], { tags: [TAGS.register, TAGS.profiles, TAGS.articles], revalidate: SAFETY_REVALIDATE_SECONDS })();
