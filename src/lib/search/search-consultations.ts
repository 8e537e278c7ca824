import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma, type ConsultationStatus } from '@/generated/prisma/client';
import { APPROVED_STATUSES } from '@/lib/consultations/public-rule';
import { TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import type { SearchQuery } from './query';

// Consultations found by the site search: by their title and summary, and by the names,
// units, communes and awards of their candidates, diacritics or not ("nguyen thi hong
// nhung" finds Nguyễn Thị Hồng Nhung). Every word must start a word of the text.
// Comments are never searched.

export type ConsultationHit = { slug: string; title: string; status: ConsultationStatus; opensAt: Date; closesAt: Date; closesOn: Date; matchedNames: string | null };

async function findConsultations(tokens: string[]): Promise<ConsultationHit[]> {
  const patterns = tokens.map((token) => `\\m${token}`);
  const statuses = Prisma.join(APPROVED_STATUSES.map((status) => Prisma.sql`${status}::"ConsultationStatus"`));
  return readerDb.$queryRaw<ConsultationHit[]>`
    WITH docs AS (
      SELECT c."id", c."slug", c."title", c."status"::text AS "status", c."opensAt", c."closesAt", c."closesOn",
        portal_fold(concat_ws(' ', c."title", c."summary", c."proposingBody",
          (SELECT string_agg(concat_ws(' ', cc."name", cc."unit", cc."commune", a."name"), ' ')
             FROM "ConsultationCandidate" cc JOIN "AwardType" a ON a."id" = cc."awardTypeId"
            WHERE cc."consultationId" = c."id" AND cc."withdrawnAt" IS NULL))) AS "words"
      FROM "Consultation" c
      WHERE c."status" IN (${statuses}) AND c."opensAt" <= now()
    )
    SELECT d."slug", d."title", d."status", d."opensAt", d."closesAt", d."closesOn",
      (SELECT string_agg(cc."name", ', ' ORDER BY cc."position")
         FROM "ConsultationCandidate" cc
        WHERE cc."consultationId" = d."id" AND cc."withdrawnAt" IS NULL
          AND portal_fold(concat_ws(' ', cc."name", cc."unit")) ~ ALL (${patterns}::text[])) AS "matchedNames"
    FROM docs d
    WHERE d."words" ~ ALL (${patterns}::text[])
    ORDER BY d."opensAt" DESC
    LIMIT 5`;
}

export function searchPublicConsultations(query: SearchQuery): Promise<ConsultationHit[]> {
  return unstable_cache(() => findConsultations(query.tokens), ['consultation-search', query.folded], { tags: [TAGS.consultations], revalidate: 30 })();
}
