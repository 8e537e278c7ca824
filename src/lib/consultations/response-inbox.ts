import 'server-only';
import type { Prisma, ResponseStatus } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { csvText } from '@/lib/text/csv';
import { cleanLine } from '@/lib/text/normalize';
import { PAGE_SIZE } from '@/lib/text/pagination';
import { RESPONSE_STATUS_LABELS } from './responses';

// The inbox of citizens' comments: approvers and administrators only (the permission
// table), and every read written to the audit log with what was read. Comments may amount
// to a denunciation; whoever sent one is protected, so nobody reads them unseen.

export const RESPONSE_STATUSES = ['RECEIVED', 'FORWARDED', 'CLOSED_NO_ACTION', 'SPAM'] as const satisfies readonly ResponseStatus[];
export const INBOX_STATUS_LABELS: Record<ResponseStatus, string> = {
  RECEIVED: 'Mới nhận',
  FORWARDED: 'Đã chuyển Hội đồng',
  CLOSED_NO_ACTION: 'Đã xem xét, không cần xử lý',
  SPAM: 'Không hợp lệ (rác)',
};

export type InboxFilters = { consultationId?: number; candidateId?: number | 'list'; status?: ResponseStatus; page?: number };

function whereOf(filters: InboxFilters): Prisma.ConsultationResponseWhereInput {
  return {
    ...(filters.consultationId ? { consultationId: filters.consultationId } : {}),
    ...(filters.candidateId === 'list' ? { candidateId: null } : filters.candidateId ? { candidateId: filters.candidateId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

const select = {
  id: true,
  receiptCode: true,
  fullName: true,
  email: true,
  phone: true,
  address: true,
  content: true,
  status: true,
  internalNote: true,
  submittedAt: true,
  handledAt: true,
  consultation: { select: { id: true, title: true, slug: true } },
  candidate: { select: { id: true, name: true } },
  handledBy: { select: { name: true } },
  files: { select: { id: true, originalName: true, mime: true, bytes: true } },
} as const;

export async function listResponses(ctx: EditorContext, filters: InboxFilters) {
  assertCan(ctx.actor, 'response.read');
  const page = Math.max(1, filters.page ?? 1);
  const where = whereOf(filters);
  const [rows, total] = await Promise.all([
    db.consultationResponse.findMany({ where, orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select }),
    db.consultationResponse.count({ where }),
  ]);
  await db.$transaction((tx) => recordAudit(tx, ctx, 'response.list', { type: 'consultationResponse', id: rows.map((r) => r.id).join(',') || '-' }, { filters: { ...filters }, count: rows.length }));
  return { rows, total, page };
}

export async function readResponse(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'response.read');
  const row = await db.consultationResponse.findUnique({ where: { id }, select: { ...select, consentVersion: true, consentAt: true } });
  if (!row) throw new AppError('not_found', 'Không tìm thấy góp ý.');
  await db.$transaction((tx) => recordAudit(tx, ctx, 'response.read', { type: 'consultationResponse', id }, { receiptCode: row.receiptCode }));
  return row;
}

/** Marks comments (forwarded to the council, closed, spam), with an internal note. */
export async function setResponseStatus(ctx: EditorContext, ids: number[], status: string, note = ''): Promise<number> {
  assertCan(ctx.actor, 'response.handle');
  if (!(RESPONSE_STATUSES as readonly string[]).includes(status)) throw new AppError('bad_request', 'Tình trạng không hợp lệ.');
  const unique = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))].slice(0, 500);
  if (unique.length === 0) throw new AppError('bad_request', 'Chọn ít nhất một góp ý.');
  const text = cleanLine(note).slice(0, 1000);
  return db.$transaction(async (tx) => {
    const { count } = await tx.consultationResponse.updateMany({
      where: { id: { in: unique } },
      data: { status: status as ResponseStatus, handledById: ctx.actor!.id, handledAt: new Date(), ...(text ? { internalNote: text } : {}) },
    });
    await recordAudit(tx, ctx, 'response.status', { type: 'consultationResponse', id: unique.join(',') }, { status, count });
    return count;
  });
}

/** "Tổng hợp ý kiến" for the council: every comment of a consultation, oldest first. Audited as a read of each. */
export async function summaryOf(ctx: EditorContext, consultationId: number) {
  assertCan(ctx.actor, 'response.read');
  const consultation = await db.consultation.findUnique({ where: { id: consultationId }, include: { candidates: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } } });
  if (!consultation) throw new AppError('not_found', 'Không tìm thấy đợt lấy ý kiến.');
  const rows = await db.consultationResponse.findMany({ where: { consultationId, status: { not: 'SPAM' } }, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], select });
  await db.$transaction((tx) => recordAudit(tx, ctx, 'response.export', { type: 'consultation', id: consultationId }, { count: rows.length, receiptCodes: rows.map((r) => r.receiptCode) }));
  return { consultation, rows };
}

/** The summary as CSV (UTF-8 with BOM, as Excel opens it with Vietnamese letters intact). */
export function summaryCsv(summary: Awaited<ReturnType<typeof summaryOf>>, formatTime: (date: Date) => string): string {
  const header = ['STT', 'Mã tiếp nhận', 'Thời gian gửi', 'Góp ý về', 'Họ và tên', 'Thư điện tử', 'Điện thoại', 'Địa chỉ', 'Nội dung', 'Tệp kèm', 'Tình trạng'];
  const rows = summary.rows.map((row, index) => [
    String(index + 1),
    row.receiptCode,
    formatTime(row.submittedAt),
    row.candidate?.name ?? 'Cả danh sách',
    row.fullName,
    row.email,
    row.phone,
    row.address,
    row.content,
    row.files.map((f) => f.originalName).join('; '),
    RESPONSE_STATUS_LABELS[row.status],
  ]);
  return csvText(header, rows);
}
