import type { ConsultationStatus, Prisma } from '@/generated/prisma/client';

// What the public may see of consultations, and in which phase each one is. A
// consultation is public once approved and its opening time has come; the phase follows
// the clock (open until 24:00 of the closing day), whatever the scheduler has written yet,
// so the form goes away at the deadline on every instance.

export const APPROVED_STATUSES = ['SCHEDULED', 'OPEN', 'CLOSED', 'CONCLUDED'] as const satisfies readonly ConsultationStatus[];

export function publicConsultationWhere(now: Date = new Date()): Prisma.ConsultationWhereInput {
  return { status: { in: [...APPROVED_STATUSES] }, opensAt: { lte: now } };
}

/** Approved and not open yet: listed as coming, never shown. */
export function upcomingConsultationWhere(now: Date = new Date()): Prisma.ConsultationWhereInput {
  return { status: 'SCHEDULED', opensAt: { gt: now } };
}

export type Phase = 'upcoming' | 'open' | 'closed' | 'concluded';

export const PHASE_LABELS: Record<Phase, string> = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết thời hạn lấy ý kiến',
  concluded: 'Đã có kết quả',
};

type Timed = { status: ConsultationStatus; opensAt: Date | string | null; closesAt: Date | string | null };

export function phaseOf(consultation: Timed, now: Date = new Date()): Phase {
  if (consultation.status === 'CONCLUDED') return 'concluded';
  const at = now.getTime();
  if (!consultation.opensAt || new Date(consultation.opensAt).getTime() > at) return 'upcoming';
  if (consultation.status === 'CLOSED' || !consultation.closesAt || new Date(consultation.closesAt).getTime() <= at) return 'closed';
  return 'open';
}
