import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { assertCan, assertCanOnDecision, type DecisionFacts } from '@/lib/auth/permissions';
import { awardRules } from '@/lib/consultations/consultation-store';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { claimUpload } from '@/lib/content/attachment-owner';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { readSpreadsheet } from '@/lib/uploads/spreadsheet';
import { numberSlug } from '@/lib/text/slug';
import { decisionSchema, type DecisionFields } from './decision-input';
import { checkGrantRows, type GrantRow, type PublishLevel } from './grant-import';
import type { UnitRef } from './units';

// Writing award decisions in the newsroom: the decision's fields, its annexed list (always
// replaced whole from a checked spreadsheet: never half a list) and its signed PDF. Each
// write locks the row, checks the permission table and the version (a stale form is
// refused), and leaves a revision and an audit entry.

type Tx = Prisma.TransactionClient;

export const MAX_LIST_BYTES = 8 * 1024 * 1024;

export async function unitRefs(client: Tx | typeof db = db): Promise<UnitRef[]> {
  const rows = await client.administrativeUnit.findMany({ orderBy: { name: 'asc' } });
  return rows.map((row) => ({ code: row.code, name: row.name, type: row.type, mergedIntoCode: row.mergedIntoCode, validTo: row.validTo?.toISOString().slice(0, 10) ?? null }));
}

export async function lockDecision(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "AwardDecision" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('not_found', 'Không tìm thấy quyết định.');
  return tx.awardDecision.findUniqueOrThrow({ where: { id }, include: { attachments: { select: { id: true } } } });
}

export type LockedDecision = Awaited<ReturnType<typeof lockDecision>>;

export const decisionFacts = (row: DecisionFacts): DecisionFacts => ({ status: row.status, createdById: row.createdById, lastEditorId: row.lastEditorId });

export function checkDecisionVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new AppError('conflict', 'Quyết định vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa tiếp.');
}

/** A revision: the decision and its whole list as they are now. */
export async function writeDecisionRevision(tx: Tx, ctx: EditorContext, id: number, kind: string, note = '', publicNote = false) {
  const row = await tx.awardDecision.findUniqueOrThrow({ where: { id }, include: { grants: { orderBy: { position: 'asc' } } } });
  const snapshot = JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
  await tx.awardDecisionRevision.create({ data: { decisionId: id, version: row.version, kind, snapshot, note, publicNote, createdById: ctx.actor?.id ?? null } });
}

const today = () => vietnamDateOf(new Date());

export function parseDecisionFields(fields: DecisionFields) {
  const parsed = decisionSchema(today()).safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const { issuedOn, ...rest } = parsed.data;
  return { ...rest, issuedOn: new Date(issuedOn), slug: numberSlug(rest.number, issuedOn) };
}

export function duplicateDecision(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const message = 'Đã có quyết định cùng số ký hiệu và năm ban hành.';
    throw new AppError('conflict', message, { fieldErrors: { number: [message] } });
  }
  throw error;
}

export async function createDecision(ctx: EditorContext, fields: DecisionFields): Promise<{ id: number; version: number }> {
  assertCan(ctx.actor, 'decision.create');
  const data = parseDecisionFields(fields);
  const actorId = ctx.actor.id;
  return db
    .$transaction(async (tx) => {
      const row = await tx.awardDecision.create({ data: { ...data, createdById: actorId, lastEditorId: actorId }, select: { id: true, version: true } });
      await writeDecisionRevision(tx, ctx, row.id, 'CREATE');
      await recordAudit(tx, ctx, 'decision.create', { type: 'decision', id: row.id }, { number: data.number });
      return row;
    })
    .catch(duplicateDecision);
}

export async function saveDecision(ctx: EditorContext, id: number, version: number, fields: DecisionFields): Promise<{ version: number }> {
  assertCan(ctx.actor, 'decision.edit');
  const data = parseDecisionFields(fields);
  return db
    .$transaction(async (tx) => {
      const current = await lockDecision(tx, id);
      assertCanOnDecision(ctx.actor, 'decision.edit', decisionFacts(current));
      checkDecisionVersion(current, version);
      const row = await tx.awardDecision.update({ where: { id }, data: { ...data, version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true } });
      await tx.awardGrant.updateMany({ where: { decisionId: id }, data: { issuedOn: data.issuedOn, level: data.level } });
      await writeDecisionRevision(tx, ctx, id, 'SAVE');
      await recordAudit(tx, ctx, 'decision.update', { type: 'decision', id }, { number: data.number });
      return row;
    })
    .catch(duplicateDecision);
}

export type ListCheck = { rows: GrantRow[]; awards: Record<number, string>; units: Record<string, string>; errorCount: number };

async function checkList(tx: Tx | typeof db, decision: { achievementYear: number; issuedOn: Date }, bytes: Buffer): Promise<ListCheck> {
  const [awards, units, settings] = await Promise.all([awardRules(tx), unitRefs(tx), tx.siteSettings.findUnique({ where: { id: 1 }, select: { grantPublishLevel: true } })]);
  const { rows, error } = checkGrantRows(readSpreadsheet(bytes), {
    awards,
    units,
    achievementYear: decision.achievementYear,
    thisYear: Number(today().slice(0, 4)),
    defaultPublishLevel: (settings?.grantPublishLevel ?? 'NAME_UNIT') as PublishLevel,
    issuedOn: decision.issuedOn.toISOString().slice(0, 10),
  });
  if (error) throw new AppError('bad_request', error);
  return {
    rows,
    awards: Object.fromEntries(awards.map((award) => [award.id, award.name])),
    units: Object.fromEntries(units.map((unit) => [unit.code, unit.name])),
    errorCount: rows.filter((row) => row.errors.length > 0).length,
  };
}

/** The list in a spreadsheet, checked row by row; nothing is stored. */
export async function previewGrantList(ctx: EditorContext, id: number, bytes: Buffer): Promise<ListCheck> {
  assertCan(ctx.actor, 'decision.edit');
  const decision = await db.awardDecision.findUnique({ where: { id }, select: { status: true, createdById: true, lastEditorId: true, achievementYear: true, issuedOn: true } });
  if (!decision) throw new AppError('not_found', 'Không tìm thấy quyết định.');
  assertCanOnDecision(ctx.actor, 'decision.edit', decisionFacts(decision));
  return checkList(db, decision, bytes);
}

/** Replaces the decision's whole list with the spreadsheet's rows, only if every row is right. */
export async function replaceGrantList(ctx: EditorContext, id: number, version: number, bytes: Buffer): Promise<{ version: number; count: number }> {
  assertCan(ctx.actor, 'decision.edit');
  return db.$transaction(
    async (tx) => {
      const current = await lockDecision(tx, id);
      assertCanOnDecision(ctx.actor, 'decision.edit', decisionFacts(current));
      checkDecisionVersion(current, version);
      const checked = await checkList(tx, current, bytes);
      if (checked.errorCount > 0) {
        throw new AppError('bad_request', `Chưa nhập: ${checked.errorCount} dòng có lỗi. Sửa tệp rồi nhập lại; danh sách hiện có được giữ nguyên.`);
      }
      await tx.awardGrant.deleteMany({ where: { decisionId: id } });
      await tx.awardGrant.createMany({
        data: checked.rows.map(({ grant }, index) => {
          const { kind, name, ...rest } = grant!;
          return { ...rest, recipientKind: kind, displayName: name, decisionId: id, position: index + 1, issuedOn: current.issuedOn, level: current.level, listed: false };
        }),
      });
      const row = await tx.awardDecision.update({ where: { id }, data: { version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true } });
      await writeDecisionRevision(tx, ctx, id, 'IMPORT', `Nhập danh sách ${checked.rows.length} dòng`);
      await recordAudit(tx, ctx, 'decision.import', { type: 'decision', id }, { count: checked.rows.length });
      return { version: row.version, count: checked.rows.length };
    },
    { timeout: 60_000 },
  );
}

/** Attaches an uploaded file (the signed decision) to it. */
export async function attachDecisionFile(ctx: EditorContext, id: number, attachmentId: number, title: string): Promise<void> {
  assertCan(ctx.actor, 'decision.edit');
  await db.$transaction(async (tx) => {
    const current = await lockDecision(tx, id);
    assertCanOnDecision(ctx.actor, 'decision.edit', decisionFacts(current));
    await claimUpload(tx, ctx.actor!.id, attachmentId, 'decisionId', id, title, current.attachments.length);
    await recordAudit(tx, ctx, 'decision.attach', { type: 'decision', id }, { attachmentId });
  });
}
