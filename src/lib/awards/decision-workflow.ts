import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import { assertCan, assertCanOnDecision, type Action } from '@/lib/auth/permissions';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { requiredText } from '@/lib/validation';
import { cleanLine } from '@/lib/text/normalize';
import { checkDecisionVersion, decisionFacts, duplicateDecision, lockDecision, parseDecisionFields, writeDecisionRevision, type LockedDecision } from './decision-store';
import type { DecisionFields } from './decision-input';
import { GRANT_LIMITS } from './grant-import';

// The life of a decision: draft → submitted → (returned with a comment) → published by
// someone who did not enter it → corrected (each correction a revision with a public
// change note) or annulled by a later decision (the page stays, with the notice; its
// grants leave search and statistics). Every step is a revision and an audit entry, and a
// public change is announced to every instance.

type Tx = Prisma.TransactionClient;


type StepResult = { audit: string; revision: string; note?: string; publicNote?: boolean; detail?: Record<string, unknown>; announce: boolean };

async function step(ctx: EditorContext, id: number, version: number, action: Action, work: (row: LockedDecision, tx: Tx) => Promise<StepResult>) {
  assertCan(ctx.actor, action);
  return db.$transaction(async (tx) => {
    const row = await lockDecision(tx, id);
    assertCanOnDecision(ctx.actor, action, decisionFacts(row));
    checkDecisionVersion(row, version);
    const done = await work(row, tx);
    const updated = await tx.awardDecision.update({ where: { id }, data: { version: { increment: 1 } }, select: { version: true, status: true, slug: true } });
    await writeDecisionRevision(tx, ctx, id, done.revision, done.note ?? '', done.publicNote ?? false);
    await recordAudit(tx, ctx, done.audit, { type: 'decision', id }, done.detail ?? {});
    if (done.announce) await announceTags(tx, [TAGS.register, TAGS.decision(updated.slug), ...(row.slug !== updated.slug ? [TAGS.decision(row.slug)] : [])]);
    return { version: updated.version, status: updated.status, slug: updated.slug };
  });
}

/** What keeps a decision from going to the approver: no list, or no signed file. */
async function readinessErrors(row: LockedDecision, tx: Tx): Promise<string[]> {
  const problems: string[] = [];
  if ((await tx.awardGrant.count({ where: { decisionId: row.id } })) === 0) problems.push('Quyết định chưa có danh sách được khen thưởng.');
  if (row.attachments.length === 0) problems.push('Chưa tải lên bản quyết định đã ký (PDF).');
  return problems;
}

export async function submitDecision(ctx: EditorContext, id: number, version: number) {
  return step(ctx, id, version, 'decision.submit', async (row, tx) => {
    const problems = await readinessErrors(row, tx);
    if (problems.length > 0) throw new AppError('bad_request', `Chưa gửi duyệt được: ${problems.join(' ')}`);
    await tx.awardDecision.update({ where: { id }, data: { status: 'SUBMITTED', returnComment: null, lastEditorId: ctx.actor!.id } });
    return { audit: 'decision.submit', revision: 'SUBMIT', announce: false };
  });
}

export async function returnDecision(ctx: EditorContext, id: number, version: number, comment: string) {
  const text = requiredText(comment, 'comment', 'Ghi lý do trả lại để người nhập biết cần sửa gì.', 1000);
  return step(ctx, id, version, 'decision.return', async (_row, tx) => {
    await tx.awardDecision.update({ where: { id }, data: { status: 'RETURNED', returnComment: text } });
    return { audit: 'decision.return', revision: 'RETURN', note: text, announce: false };
  });
}

export async function publishDecision(ctx: EditorContext, id: number, version: number) {
  return step(ctx, id, version, 'decision.publish', async (row, tx) => {
    const problems = await readinessErrors(row, tx);
    if (problems.length > 0) throw new AppError('bad_request', `Chưa công bố được: ${problems.join(' ')}`);
    await tx.awardDecision.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date(), returnComment: null } });
    await tx.awardGrant.updateMany({ where: { decisionId: id, publishLevel: { not: 'HIDDEN' } }, data: { listed: true } });
    return { audit: 'decision.publish', revision: 'PUBLISH', announce: true };
  });
}

/** A correction of a published decision's own fields, with the public note saying what changed. */
export async function correctDecision(ctx: EditorContext, id: number, version: number, fields: DecisionFields, note: string) {
  const data = parseDecisionFields(fields);
  const text = requiredText(note, 'note', 'Ghi nội dung đính chính để người đọc biết điều gì đã thay đổi.', 500);
  return step(ctx, id, version, 'decision.correct', async (_row, tx) => {
    await tx.awardDecision.update({ where: { id }, data: { ...data, lastEditorId: ctx.actor!.id } });
    await tx.awardGrant.updateMany({ where: { decisionId: id }, data: { issuedOn: data.issuedOn, level: data.level } });
    return { audit: 'decision.correct', revision: 'CORRECT', note: text, publicNote: true, announce: true, detail: { note: text } };
  }).catch(duplicateDecision);
}

const grantCorrection = z.object({
  displayName: z.string().transform(cleanLine).pipe(z.string().min(1, 'Thiếu họ và tên (hoặc tên tập thể).').max(GRANT_LIMITS.name, `Tối đa ${GRANT_LIMITS.name} ký tự.`)),
  jobTitle: z.string().transform(cleanLine).pipe(z.string().max(GRANT_LIMITS.jobTitle, `Tối đa ${GRANT_LIMITS.jobTitle} ký tự.`)),
  unit: z.string().transform(cleanLine).pipe(z.string().max(GRANT_LIMITS.unit, `Tối đa ${GRANT_LIMITS.unit} ký tự.`)),
  publishLevel: z.enum(['FULL', 'NAME_UNIT', 'HIDDEN'], { error: 'Chọn mức công bố.' }),
});

/**
 * A correction of one line of a published list: a misspelt name, a unit, or the level
 * at which it is published (a person who withdraws consent is hidden at once). The
 * public note names the line, never what a hidden line said.
 */
export async function correctGrant(ctx: EditorContext, id: number, version: number, grantId: number, fields: z.input<typeof grantCorrection>, note: string) {
  const parsed = grantCorrection.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const text = requiredText(note, 'note', 'Ghi nội dung đính chính để người đọc biết điều gì đã thay đổi.', 500);
  return step(ctx, id, version, 'decision.correct', async (_row, tx) => {
    const grant = await tx.awardGrant.findFirst({ where: { id: grantId, decisionId: id }, select: { id: true, position: true } });
    if (!grant) throw new AppError('not_found', 'Dòng này không có trong danh sách của quyết định.');
    await tx.awardGrant.update({ where: { id: grantId }, data: { ...parsed.data, listed: parsed.data.publishLevel !== 'HIDDEN' } });
    await tx.awardDecision.update({ where: { id }, data: { lastEditorId: ctx.actor!.id } });
    return { audit: 'decision.correctGrant', revision: 'CORRECT', note: text, publicNote: true, announce: true, detail: { grantId, position: grant.position } };
  });
}

/** Annulment by a later decision (Luật Thi đua, khen thưởng 2022, Chương VII): the page stays with the notice; the grants leave the register. */
export async function annulDecision(ctx: EditorContext, id: number, version: number, annulledBy: string, reason: string) {
  const by = requiredText(annulledBy, 'annulledBy', 'Ghi số, ngày của quyết định hủy bỏ (ví dụ: 25/QĐ-UBND ngày 03/02/2026).', 300);
  const why = requiredText(reason, 'reason', 'Ghi lý do hủy bỏ.', 1000);
  return step(ctx, id, version, 'decision.annul', async (_row, tx) => {
    await tx.awardDecision.update({ where: { id }, data: { status: 'ANNULLED', annulledBy: by, annulmentReason: why, annulledAt: new Date(), lastEditorId: ctx.actor!.id } });
    await tx.awardGrant.updateMany({ where: { decisionId: id }, data: { listed: false } });
    return { audit: 'decision.annul', revision: 'ANNUL', note: `Hủy bỏ theo Quyết định ${by}: ${why}`, publicNote: true, announce: true, detail: { annulledBy: by } };
  });
}
