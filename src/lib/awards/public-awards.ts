import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AwardCategory, AwardLevel, RecipientKind } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import type { AwardRule } from '@/lib/consultations/award-rules';

// The award taxonomy as the public reads it (/danh-hieu-khen-thuong) and as the rules of
// a candidate list check against it.

export const CATEGORY_LABELS: Record<AwardCategory, string> = {
  EMULATION_TITLE: 'Danh hiệu thi đua',
  ORDER: 'Huân chương',
  MEDAL: 'Huy chương',
  HONORARY_TITLE: 'Danh hiệu vinh dự Nhà nước',
  PRIZE: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
  COMMEMORATIVE_MEDAL: 'Kỷ niệm chương',
  CERTIFICATE_OF_MERIT: 'Bằng khen',
  CERTIFICATE_OF_COMMENDATION: 'Giấy khen',
};

export const LEVEL_LABELS: Record<AwardLevel, string> = { STATE: 'Nhà nước', PROVINCIAL: 'Cấp tỉnh', GRASSROOTS: 'Cơ sở' };

export type PublicAward = {
  id: number;
  code: string;
  slug: string;
  name: string;
  nameEn: string;
  category: AwardCategory;
  classes: string[];
  recipientKinds: RecipientKind[];
  level: AwardLevel;
  conferrer: string;
  posthumousAllowed: boolean;
  consultationRequired: boolean;
  minConsultationWorkingDays: number | null;
  consultationBasis: string;
  description: string;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
  updatedAt: string;
};

async function readAwards(): Promise<PublicAward[]> {
  const rows = await readerDb.awardType.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => ({
    ...row,
    validFrom: row.validFrom.toISOString().slice(0, 10),
    validTo: row.validTo ? row.validTo.toISOString().slice(0, 10) : null,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export const getAwards = unstable_cache(readAwards, ['award-types'], { tags: [TAGS.awards], revalidate: SAFETY_REVALIDATE_SECONDS });

export async function getAwardBySlug(slug: string): Promise<PublicAward | null> {
  return (await getAwards()).find((award) => award.slug === slug) ?? null;
}

/** The rows the taxonomy rules read. */
export function toAwardRule(award: PublicAward): AwardRule {
  return {
    id: award.id,
    code: award.code,
    name: award.name,
    classes: award.classes,
    recipientKinds: award.recipientKinds,
    posthumousAllowed: award.posthumousAllowed,
    minConsultationWorkingDays: award.minConsultationWorkingDays,
    consultationBasis: award.consultationBasis,
    validFrom: award.validFrom,
    validTo: award.validTo,
  };
}
