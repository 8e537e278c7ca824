import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { assertCan, assertCanOnConsultation, type Action } from '@/lib/auth/permissions';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { requiredText } from '@/lib/validation';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine } from '@/lib/text/normalize';
import { windowError } from './award-rules';
import { readCalendarEntries } from './calendar';
import { awardRules, checkCandidates, factsOf, lockConsultation, writeConsultationRevision, type LockedConsultation } from './consultation-store';
import { computeDeadline, endOfVietnamDay, formatCalendarDate, vietnamDateOf, WorkingCalendar } from './working-days';

// The life of a consultation: draft → submitted → (returned with a comment) → approved by
// someone who did not write it, which freezes its window (scheduled, then open) → closed
// at the deadline by the clock (consultation-clock.ts) → concluded with its outcome.
// While live: the deadline may be extended (later only, with a public reason) and a
// candidate withdrawn (struck through with a note). Every step is a revision and an
// audit entry, and a public change is announced to every instance.

type Tx = Prisma.TransactionClient;


/** What keeps a list from going to the public: no candidate, a wrong one, a window too short, no way to respond. */
async function readinessErrors(row: LockedConsultation, tx: Tx): Promise<string[]> {
  const problems: string[] = [];
  const active = row.candidates.filter((c) => c.withdrawnAt === null);
  if (active.length === 0) problems.push('Danh sách chưa có ai.');
  const awards = await awardRules(tx);
  const { errors } = checkCandidates(active.map((c) => ({ ...c })), awards);
  for (const [key, list] of Object.entries(errors)) problems.push(`${active[Number(key.replace('candidate-', '')) - 1]?.name ?? key}: ${list.join(' ')}`);
  const used = awards.filter((award) => active.some((c) => c.awardTypeId === award.id));
  const short = windowError(row.workingDays, used);
  if (short) problems.push(short);
  if (!row.receivingUnit || !(row.email || row.phone || row.postalAddress)) problems.push('Thiếu nơi nhận ý kiến (đơn vị và địa chỉ, thư điện tử hoặc điện thoại).');
  return problems;
}

async function step(ctx: EditorContext, id: number, version: number, action: Action, work: (row: LockedConsultation, tx: Tx) => Promise<{ audit: string; revision: string; note?: string; detail?: Record<string, unknown>; announce: boolean }>) {
  assertCan(ctx.actor, action);
  return db.$transaction(async (tx) => {
    const row = await lockConsultation(tx, id);
    assertCanOnConsultation(ctx.actor, action, factsOf(row));
    if (row.version !== version) throw new AppError('conflict', 'Đợt lấy ý kiến vừa được người khác thay đổi. Vui lòng tải lại trang.');
    const done = await work(row, tx);
    const updated = await tx.consultation.update({ where: { id }, data: { version: { increment: 1 } }, select: { version: true, status: true, slug: true } });
    await writeConsultationRevision(tx, ctx, id, done.revision, done.note ?? '');
    await recordAudit(tx, ctx, done.audit, { type: 'consultation', id }, done.detail ?? {});
    if (done.announce) await announceTags(tx, [TAGS.consultations, TAGS.consultation(updated.slug)]);
    return { version: updated.version, status: updated.status };
  });
}

export function submitConsultation(ctx: EditorContext, id: number, version: number) {
  return step(ctx, id, version, 'consultation.submit', async (row, tx) => {
    const problems = await readinessErrors(row, tx);
    if (problems.length > 0) throw new AppError('bad_request', `Chưa gửi duyệt được: ${problems.join(' ')}`);
    await tx.consultation.update({ where: { id }, data: { status: 'SUBMITTED', returnComment: null } });
    return { audit: 'consultation.submit', revision: 'SUBMIT', announce: false };
  });
}

export function returnConsultation(ctx: EditorContext, id: number, version: number, comment: string) {
  const text = requiredText(comment, 'comment', 'Vui lòng ghi lý do trả lại để người soạn sửa.');
  return step(ctx, id, version, 'consultation.return', async (_row, tx) => {
    await tx.consultation.update({ where: { id }, data: { status: 'RETURNED', returnComment: text } });
    return { audit: 'consultation.return', revision: 'RETURN', note: text, detail: { comment: text }, announce: false };
  });
}

/**
 * Approves and publishes: the window is frozen now, counted on today's calendar from the
 * opening time (or from now, if that has passed). Opens at once or at its time.
 */
export function approveConsultation(ctx: EditorContext, id: number, version: number, now = new Date()) {
  return step(ctx, id, version, 'consultation.publish', async (row, tx) => {
    const problems = await readinessErrors(row, tx);
    if (problems.length > 0) throw new AppError('bad_request', `Chưa duyệt được: ${problems.join(' ')}`);
    const opensAt = row.opensAt && row.opensAt > now ? row.opensAt : now;
    const deadline = computeDeadline(new WorkingCalendar(await readCalendarEntries(tx)), opensAt, row.workingDays, row.countPostingDay);
    const status = opensAt > now ? 'SCHEDULED' : 'OPEN';
    await tx.consultation.update({ where: { id }, data: { status, opensAt, closesOn: new Date(deadline.closesOn), closesAt: deadline.closesAt, calendarFlaggedAt: null } });
    return {
      audit: 'consultation.publish',
      revision: 'PUBLISH',
      detail: { opensAt: opensAt.toISOString(), closesOn: deadline.closesOn, skipped: deadline.skipped.map((d) => d.date) },
      announce: true,
    };
  });
}

/** A later deadline only, with the reason the public will read. */
export function extendDeadline(ctx: EditorContext, id: number, version: number, input: { closesOn: string; reason: string }) {
  const reason = requiredText(input.reason, 'reason', 'Vui lòng ghi lý do gia hạn (được công bố trên trang).', 500);
  const parsed = parseVietnamDateTime(input.closesOn);
  if (!parsed) throw new AppError('bad_request', 'Ngày hết hạn mới không đúng dạng (ví dụ: 26/06/2026).', { fieldErrors: { closesOn: ['Nhập ngày dạng 26/06/2026.'] } });
  const closesOn = vietnamDateOf(parsed);
  return step(ctx, id, version, 'consultation.manageLive', async (row, tx) => {
    const current = row.closesOn?.toISOString().slice(0, 10);
    if (!current || closesOn <= current) {
      throw new AppError('bad_request', `Chỉ gia hạn được sang một ngày sau ngày hết hạn hiện tại${current ? ` (${formatCalendarDate(current)})` : ''}.`, { fieldErrors: { closesOn: ['Chọn ngày muộn hơn.'] } });
    }
    const closesAt = endOfVietnamDay(closesOn);
    const reopen = row.status === 'CLOSED' && closesAt > new Date();
    await tx.consultation.update({ where: { id }, data: { closesOn: new Date(closesOn), closesAt, extendedReason: reason, ...(reopen ? { status: 'OPEN' } : {}) } });
    return { audit: 'consultation.extend', revision: 'EXTEND', note: reason, detail: { from: current, to: closesOn, reason }, announce: true };
  });
}

export function withdrawCandidate(ctx: EditorContext, id: number, version: number, candidateId: number, note: string) {
  const text = requiredText(note, 'note', 'Vui lòng ghi lý do rút khỏi danh sách (được công bố).', 500);
  return step(ctx, id, version, 'consultation.manageLive', async (row, tx) => {
    const candidate = row.candidates.find((c) => c.id === candidateId);
    if (!candidate) throw new AppError('not_found', 'Người này không có trong danh sách.');
    if (candidate.withdrawnAt) throw new AppError('conflict', 'Người này đã được rút khỏi danh sách.');
    await tx.consultationCandidate.update({ where: { id: candidateId }, data: { withdrawnAt: new Date(), withdrawnNote: text } });
    return { audit: 'consultation.candidateWithdraw', revision: 'WITHDRAW_CANDIDATE', note: `${candidate.name}: ${text}`, detail: { name: candidate.name, note: text }, announce: true };
  });
}

/** The outcome, once the window has closed: a note and a link to the decision. */
export function concludeConsultation(ctx: EditorContext, id: number, version: number, input: { outcomeText: string; outcomeUrl: string }, now = new Date()) {
  const outcomeText = requiredText(input.outcomeText, 'outcomeText', 'Vui lòng ghi kết quả (được công bố trên trang).', 3000);
  const url = cleanLine(input.outcomeUrl ?? '');
  if (url && !/^(\/[^\s]*|https?:\/\/[^\s]+)$/.test(url)) throw new AppError('bad_request', 'Liên kết phải là đường dẫn trên cổng (bắt đầu bằng /) hoặc địa chỉ http(s).', { fieldErrors: { outcomeUrl: ['Liên kết không hợp lệ.'] } });
  return step(ctx, id, version, 'consultation.manageLive', async (row, tx) => {
    if (!row.closesAt || row.closesAt > now) throw new AppError('conflict', 'Chỉ công bố kết quả sau khi hết thời hạn lấy ý kiến.');
    await tx.consultation.update({ where: { id }, data: { status: 'CONCLUDED', outcomeText, outcomeUrl: url || null, outcomePublishedAt: now } });
    return { audit: 'consultation.conclude', revision: 'CONCLUDE', note: outcomeText, announce: true };
  });
}
