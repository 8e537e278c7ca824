import type { ConsultationStatus, PrismaClient, RecipientKind } from '@/generated/prisma/client';
import { computeDeadline, WorkingCalendar } from '@/lib/consultations/working-days';

type CandidateSeed = { name: string; kind?: RecipientKind; award?: string; awardClass?: string | null; unit?: string; withdrawn?: boolean };

/**
 * A consultation as an approver leaves it: opening at `opensAt`, closing after
 * `workingDays` working days (weekends only, unless a calendar is given), with candidates
 * for awards named by code.
 */
export async function createConsultation(
  client: PrismaClient,
  input: { title: string; slug?: string; status?: ConsultationStatus; opensAt?: Date; workingDays?: number; closesAt?: Date; candidates?: CandidateSeed[] },
) {
  const opensAt = input.opensAt ?? new Date(Date.now() - 24 * 3600_000);
  const deadline = computeDeadline(new WorkingCalendar([]), opensAt, input.workingDays ?? 10);
  const closesAt = input.closesAt ?? deadline.closesAt;
  const closesOn = input.closesAt ? new Date(new Date(input.closesAt.getTime() + 7 * 3600_000 - 1).toISOString().slice(0, 10)) : new Date(deadline.closesOn);
  const awards = new Map((await client.awardType.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const candidates = input.candidates ?? [{ name: 'Nguyễn Thị Hồng Nhung', award: 'HC_LAO_DONG', awardClass: 'Ba' }];
  return client.consultation.create({
    data: {
      title: input.title,
      slug: input.slug ?? input.title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      summary: 'Danh sách đề nghị khen thưởng được công khai để Nhân dân góp ý.',
      legalBasis: 'Khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP',
      proposingBody: 'Sở Nội vụ',
      proposalRef: 'Tờ trình số 45/TTr-SNV ngày 02/06/2026',
      status: input.status ?? 'OPEN',
      opensAt,
      workingDays: input.workingDays ?? 10,
      closesOn,
      closesAt,
      receivingUnit: 'Ban Thi đua – Khen thưởng, Sở Nội vụ',
      postalAddress: '12 Trần Phú, phường Tân Hòa',
      email: 'bantdkt@example.gov.vn',
      phone: '0270 3822 123',
      contactPerson: 'Bà Lê Thị Thu',
      candidates: {
        create: candidates.map((c, position) => ({
          position,
          kind: c.kind ?? 'INDIVIDUAL',
          name: c.name,
          unit: c.unit ?? 'Trường THCS Tân Hòa',
          awardTypeId: awards.get(c.award ?? 'HC_LAO_DONG')!,
          awardClass: c.awardClass === undefined ? 'Ba' : c.awardClass,
          withdrawnAt: c.withdrawn ? new Date() : null,
        })),
      },
    },
    include: { candidates: { orderBy: { position: 'asc' } } },
  });
}
