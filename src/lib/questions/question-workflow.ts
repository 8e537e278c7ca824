import 'server-only';
import type { Prisma, QuestionStatus } from '@/generated/prisma/client';
import { assertCan, can, type Action } from '@/lib/auth/permissions';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { answerSchema } from './question-input';

// The newsroom's side of a question: an approver assigns it to someone; that person (or
// any approver) drafts the answer and sends it for approval; a second person publishes
// it, or returns it with a comment; a question out of scope is declined with a reason the
// asker sees. Each step locks the row, checks the version, and leaves an audit entry.

type Tx = Prisma.TransactionClient;
type Locked = { id: number; status: QuestionStatus; version: number; assigneeId: number | null; drafterId: number | null };

const OPEN: QuestionStatus[] = ['RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL'];

async function lock(tx: Tx, id: number): Promise<Locked> {
  const rows = await tx.$queryRaw<Locked[]>`SELECT "id", "status"::text AS "status", "version", "assigneeId", "drafterId" FROM "Question" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('not_found', 'Không tìm thấy câu hỏi.');
  return rows[0];
}

const conflict = () => new AppError('conflict', 'Thao tác này không áp dụng cho câu hỏi ở trạng thái hiện tại.');

/** Whether the actor may take the step now (for the buttons the page shows). */
export function canOnQuestion(actor: { id: number; role: Parameters<typeof can>[0]['role'] }, action: Action, row: Locked): boolean {
  if (!can(actor, action)) return false;
  switch (action) {
    case 'question.assign':
      return row.status === 'RECEIVED' || row.status === 'ASSIGNED';
    case 'question.answer':
      // The one it is assigned to, or an approver; only while no answer waits for approval.
      return (row.status === 'RECEIVED' || row.status === 'ASSIGNED') && (row.assigneeId === actor.id || can(actor, 'question.assign'));
    case 'question.publish':
      return row.status === 'PENDING_APPROVAL' && row.drafterId !== actor.id;
    case 'question.decline':
      return OPEN.includes(row.status);
    default:
      return can(actor, action);
  }
}

async function step(ctx: EditorContext, id: number, version: number, action: Action, work: (row: Locked, tx: Tx) => Promise<{ audit: string; detail?: Record<string, unknown>; data: Prisma.QuestionUpdateInput; public?: boolean }>) {
  assertCan(ctx.actor, action);
  return db.$transaction(async (tx) => {
    const row = await lock(tx, id);
    if (!canOnQuestion(ctx.actor!, action, row)) {
      const fourEyes = action === 'question.publish' && row.status === 'PENDING_APPROVAL';
      throw fourEyes ? new AppError('forbidden', 'Người soạn câu trả lời không tự duyệt được; cần một người khác duyệt.') : conflict();
    }
    if (row.version !== version) throw new AppError('conflict', 'Câu hỏi vừa được người khác xử lý. Vui lòng tải lại trang.');
    const done = await work(row, tx);
    const updated = await tx.question.update({ where: { id }, data: { ...done.data, version: { increment: 1 } }, select: { version: true, status: true } });
    await recordAudit(tx, ctx, done.audit, { type: 'question', id }, done.detail ?? {});
    if (done.public) await announceTags(tx, [TAGS.questions]);
    return updated;
  });
}

export async function assignQuestion(ctx: EditorContext, id: number, version: number, assigneeId: number) {
  return step(ctx, id, version, 'question.assign', async (_row, tx) => {
    const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, role: true, disabled: true } });
    if (!user || user.disabled || !can({ id: user.id, role: user.role }, 'question.answer')) {
      throw new AppError('bad_request', 'Chọn một biên tập viên hoặc người duyệt đang làm việc.', { fieldErrors: { assigneeId: ['Chọn một biên tập viên hoặc người duyệt đang làm việc.'] } });
    }
    return { audit: 'question.assign', detail: { assigneeId }, data: { status: 'ASSIGNED', assignee: { connect: { id: assigneeId } } } };
  });
}

/** The answer drafted and sent for approval by a second person. */
export async function submitAnswer(ctx: EditorContext, id: number, version: number, answer: string) {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0].message, { fieldErrors: { answer: [parsed.error.issues[0].message] } });
  return step(ctx, id, version, 'question.answer', async () => ({
    audit: 'question.draft',
    data: { status: 'PENDING_APPROVAL', answer: parsed.data, drafter: { connect: { id: ctx.actor!.id } }, returnComment: null },
  }));
}

export async function returnAnswer(ctx: EditorContext, id: number, version: number, comment: string) {
  const text = cleanLine(comment).slice(0, 1000);
  if (!text) throw new AppError('bad_request', 'Ghi lý do trả lại để người soạn biết cần sửa gì.', { fieldErrors: { comment: ['Ghi lý do trả lại để người soạn biết cần sửa gì.'] } });
  return step(ctx, id, version, 'question.publish', async () => ({ audit: 'question.return', detail: { comment: text }, data: { status: 'ASSIGNED', returnComment: text } }));
}

export async function publishAnswer(ctx: EditorContext, id: number, version: number) {
  return step(ctx, id, version, 'question.publish', async () => ({
    audit: 'question.publish',
    data: { status: 'ANSWERED', publisher: { connect: { id: ctx.actor!.id } }, answeredAt: new Date(), returnComment: null },
    public: true,
  }));
}

export async function declineQuestion(ctx: EditorContext, id: number, version: number, reason: string) {
  const text = cleanLine(reason).slice(0, 1000);
  if (text.length < 10) throw new AppError('bad_request', 'Ghi lý do (ít nhất 10 ký tự); người hỏi sẽ đọc lý do này khi tra cứu.', { fieldErrors: { reason: ['Ghi lý do (ít nhất 10 ký tự); người hỏi sẽ đọc lý do này khi tra cứu.'] } });
  return step(ctx, id, version, 'question.decline', async () => ({ audit: 'question.decline', data: { status: 'DECLINED', declineReason: text } }));
}

export async function listQuestionsForNewsroom(ctx: EditorContext, status: QuestionStatus | null) {
  assertCan(ctx.actor, 'question.read');
  return db.question.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: 'desc' }],
    take: 200,
    select: { id: true, receiptCode: true, title: true, field: true, status: true, createdAt: true, assignee: { select: { name: true } } },
  });
}

/** One question with everything its page needs: the asker's contact is shown here, to the newsroom only, and the read is audited. */
export async function getQuestionForNewsroom(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'question.read');
  const row = await db.question.findUnique({ where: { id }, include: { assignee: { select: { name: true } }, drafter: { select: { name: true } }, publisher: { select: { name: true } } } });
  if (!row) throw new AppError('not_found', 'Không tìm thấy câu hỏi.');
  await db.$transaction((tx) => recordAudit(tx, ctx, 'question.view', { type: 'question', id }));
  const actions: Action[] = ['question.assign', 'question.answer', 'question.publish', 'question.decline'];
  const allowed = Object.fromEntries(actions.map((action) => [action, canOnQuestion(ctx.actor!, action, row)])) as Record<Action, boolean>;
  const staff = allowed['question.assign'] ? await db.user.findMany({ where: { disabled: false, role: { in: ['EDITOR', 'APPROVER', 'ADMIN'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [];
  return { row, allowed, staff };
}
