import 'server-only';
import { assertCan, canOnConsultation, type Action } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { windowFloor } from './award-rules';
import { readCalendarEntries } from './calendar';
import { awardRules, factsOf } from './consultation-store';

// The newsroom's reads of consultations: the list, and one with everything its page needs
// (candidates, files, revisions, what the signed-in user may do next).

export const CONSULTATION_STATUS_LABELS = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ duyệt',
  RETURNED: 'Bị trả lại',
  SCHEDULED: 'Đã duyệt, chờ mở',
  OPEN: 'Đang lấy ý kiến',
  CLOSED: 'Đã hết hạn',
  CONCLUDED: 'Đã có kết quả',
  WITHDRAWN: 'Đã gỡ',
} as const;

export const CONSULTATION_REVISION_LABELS: Record<string, string> = {
  CREATE: 'Tạo',
  SAVE: 'Lưu',
  SUBMIT: 'Gửi duyệt',
  RETURN: 'Trả lại',
  PUBLISH: 'Duyệt đăng',
  EXTEND: 'Gia hạn',
  WITHDRAW_CANDIDATE: 'Rút khỏi danh sách',
  CONCLUDE: 'Công bố kết quả',
};

export async function listConsultationsForEditors(ctx: EditorContext) {
  assertCan(ctx.actor, 'consultation.read');
  const canReadResponses = ctx.actor.role === 'APPROVER' || ctx.actor.role === 'ADMIN';
  const rows = await db.consultation.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, title: true, slug: true, status: true, closesOn: true, updatedAt: true, calendarFlaggedAt: true, _count: { select: { candidates: true, responses: canReadResponses } } },
  });
  return rows;
}

const ACTIONS: Action[] = ['consultation.edit', 'consultation.submit', 'consultation.publish', 'consultation.return', 'consultation.manageLive', 'response.read'];

export async function getConsultationForEditor(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'consultation.read');
  const row = await db.consultation.findUnique({
    where: { id },
    include: {
      candidates: { orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { awardType: { select: { name: true } } } },
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
      revisions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 30, select: { id: true, version: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } } },
      createdBy: { select: { name: true } },
      _count: { select: { responses: true } },
    },
  });
  if (!row) throw new AppError('not_found', 'Không tìm thấy đợt lấy ý kiến.');
  const [awards, calendar] = await Promise.all([awardRules(), readCalendarEntries(db)]);
  const used = awards.filter((award) => row.candidates.some((c) => c.withdrawnAt === null && c.awardTypeId === award.id));
  const floor = windowFloor(used);
  const allowed = Object.fromEntries(ACTIONS.map((action) => [action, canOnConsultation(ctx.actor!, action, factsOf(row))])) as Record<Action, boolean>;
  return { row, awards, calendar, floor: floor ? { days: floor.days, basis: floor.award.consultationBasis, award: floor.award.name } : null, allowed };
}
