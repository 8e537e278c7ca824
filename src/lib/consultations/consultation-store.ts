import 'server-only';
import { Prisma, type ConsultationStatus } from '@/generated/prisma/client';
import { assertCan, assertCanOnConsultation, type ConsultationFacts } from '@/lib/auth/permissions';
import { claimUpload } from '@/lib/content/attachment-owner';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { slugify } from '@/lib/text/slug';
import { candidateAwardErrors, type AwardRule } from './award-rules';
import { candidateSchema, consultationSchema, issuesByField, type CandidateInput, type ConsultationFields } from './consultation-input';

// Writing consultations in the newsroom: the notice's fields, its list of candidates and
// its signed notice, each save checked against the permission table with the row locked,
// versioned (a stale form is refused), kept as a revision and written to the audit log.

type Tx = Prisma.TransactionClient;

export const RESERVED_SLUGS = new Set(['trang', 'rss-xml']);

export async function awardRules(client: Tx | typeof db = db): Promise<AwardRule[]> {
  const rows = await client.awardType.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    classes: row.classes,
    recipientKinds: row.recipientKinds,
    posthumousAllowed: row.posthumousAllowed,
    minConsultationWorkingDays: row.minConsultationWorkingDays,
    consultationBasis: row.consultationBasis,
    validFrom: row.validFrom.toISOString().slice(0, 10),
    validTo: row.validTo?.toISOString().slice(0, 10) ?? null,
  }));
}

export async function lockConsultation(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Consultation" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('not_found', 'Không tìm thấy đợt lấy ý kiến.');
  return tx.consultation.findUniqueOrThrow({ where: { id }, include: { candidates: { orderBy: [{ position: 'asc' }, { id: 'asc' }] }, attachments: { select: { id: true, title: true } } } });
}

export type LockedConsultation = Awaited<ReturnType<typeof lockConsultation>>;

export const factsOf = (row: { status: ConsultationStatus; createdById: number | null; lastEditorId: number | null }): ConsultationFacts => ({
  status: row.status,
  createdById: row.createdById,
  lastEditorId: row.lastEditorId,
});

function checkVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new AppError('conflict', 'Đợt lấy ý kiến vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa tiếp.');
}

/** A revision: the whole consultation and its list as they are now. */
export async function writeConsultationRevision(tx: Tx, ctx: EditorContext, id: number, kind: string, note = '') {
  const row = await tx.consultation.findUniqueOrThrow({ where: { id }, include: { candidates: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } } });
  const { candidates, ...fields } = row;
  const snapshot = JSON.parse(JSON.stringify({ ...fields, candidates })) as Prisma.InputJsonValue;
  await tx.consultationRevision.create({ data: { consultationId: id, version: row.version, kind, snapshot, note, createdById: ctx.actor?.id ?? null } });
}

function parseFields(fields: ConsultationFields) {
  const parsed = consultationSchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const input = parsed.data;
  const slug = slugify(input.slug || input.title);
  if (RESERVED_SLUGS.has(slug)) throw new AppError('bad_request', 'Đường dẫn này dành riêng cho hệ thống.', { fieldErrors: { slug: ['Chọn đường dẫn khác.'] } });
  const { slug: _slug, ...data } = input;
  return { ...data, slug };
}

function slugConflict(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new AppError('conflict', 'Đường dẫn đã được dùng cho một đợt lấy ý kiến khác.', { fieldErrors: { slug: ['Đường dẫn đã được dùng; chọn đường dẫn khác.'] } });
  }
  throw error;
}

export async function createConsultation(ctx: EditorContext, fields: ConsultationFields): Promise<{ id: number; version: number }> {
  assertCan(ctx.actor, 'consultation.create');
  const data = parseFields(fields);
  const actorId = ctx.actor.id;
  return db
    .$transaction(async (tx) => {
      const row = await tx.consultation.create({ data: { ...data, createdById: actorId, lastEditorId: actorId }, select: { id: true, version: true } });
      await writeConsultationRevision(tx, ctx, row.id, 'CREATE');
      await recordAudit(tx, ctx, 'consultation.create', { type: 'consultation', id: row.id }, { title: data.title });
      return row;
    })
    .catch(slugConflict);
}

export async function saveConsultation(ctx: EditorContext, id: number, version: number, fields: ConsultationFields): Promise<{ version: number }> {
  assertCan(ctx.actor, 'consultation.edit');
  const data = parseFields(fields);
  return db
    .$transaction(async (tx) => {
      const current = await lockConsultation(tx, id);
      assertCanOnConsultation(ctx.actor, 'consultation.edit', factsOf(current));
      checkVersion(current, version);
      const row = await tx.consultation.update({ where: { id }, data: { ...data, version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true } });
      await writeConsultationRevision(tx, ctx, id, 'SAVE');
      await recordAudit(tx, ctx, 'consultation.update', { type: 'consultation', id }, { title: data.title });
      return row;
    })
    .catch(slugConflict);
}

/** Each candidate checked: its fields, then the taxonomy's rules for its award. */
export function checkCandidates(inputs: unknown[], awards: AwardRule[], on?: string): { candidates: CandidateInput[]; errors: Record<string, string[]> } {
  const candidates: CandidateInput[] = [];
  const errors: Record<string, string[]> = {};
  inputs.forEach((input, index) => {
    const parsed = candidateSchema.safeParse(input);
    const key = `candidate-${index + 1}`;
    if (!parsed.success) {
      errors[key] = parsed.error.issues.map((issue) => issue.message);
      return;
    }
    const award = awards.find((a) => a.id === parsed.data.awardTypeId);
    const problems = award ? candidateAwardErrors(award, parsed.data, on) : ['Không có hình thức khen thưởng này trong danh mục.'];
    if (problems.length > 0) errors[key] = problems;
    else candidates.push(parsed.data);
  });
  return { candidates, errors };
}

/** Adds candidates at the end of the list (by hand, or an import's checked rows). Nothing is added if any is wrong. */
export async function addCandidates(ctx: EditorContext, id: number, version: number, inputs: unknown[]): Promise<{ version: number; added: number }> {
  assertCan(ctx.actor, 'consultation.edit');
  if (inputs.length === 0) throw new AppError('bad_request', 'Không có dòng nào để thêm.');
  if (inputs.length > 500) throw new AppError('bad_request', 'Một lần thêm tối đa 500 người, tập thể.');
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    assertCanOnConsultation(ctx.actor, 'consultation.edit', factsOf(current));
    checkVersion(current, version);
    const { candidates, errors } = checkCandidates(inputs, await awardRules(tx));
    if (Object.keys(errors).length > 0) {
      const lines = Object.entries(errors).map(([key, list]) => `Dòng ${key.replace('candidate-', '')}: ${list.join(' ')}`);
      throw new AppError('bad_request', `Chưa thêm: ${lines.slice(0, 5).join(' ')}${lines.length > 5 ? ' …' : ''}`, { fieldErrors: errors });
    }
    if (current.candidates.length + candidates.length > 500) throw new AppError('bad_request', 'Một danh sách có tối đa 500 người, tập thể.');
    const start = current.candidates.reduce((max, c) => Math.max(max, c.position + 1), 0);
    await tx.consultationCandidate.createMany({ data: candidates.map((c, i) => ({ ...c, consultationId: id, position: start + i })) });
    const row = await tx.consultation.update({ where: { id }, data: { version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true } });
    await writeConsultationRevision(tx, ctx, id, 'SAVE', `Thêm ${candidates.length} người, tập thể`);
    await recordAudit(tx, ctx, 'consultation.candidatesAdd', { type: 'consultation', id }, { count: candidates.length });
    return { version: row.version, added: candidates.length };
  });
}

export async function removeCandidate(ctx: EditorContext, id: number, version: number, candidateId: number): Promise<{ version: number }> {
  assertCan(ctx.actor, 'consultation.edit');
  return db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    assertCanOnConsultation(ctx.actor, 'consultation.edit', factsOf(current));
    checkVersion(current, version);
    const candidate = current.candidates.find((c) => c.id === candidateId);
    if (!candidate) throw new AppError('not_found', 'Người này không có trong danh sách.');
    await tx.consultationCandidate.delete({ where: { id: candidateId } });
    const row = await tx.consultation.update({ where: { id }, data: { version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true } });
    await writeConsultationRevision(tx, ctx, id, 'SAVE', `Bỏ ${candidate.name}`);
    await recordAudit(tx, ctx, 'consultation.candidateRemove', { type: 'consultation', id }, { name: candidate.name });
    return row;
  });
}

/** Attaches an uploaded file (the signed notice) to the consultation. */
export async function attachFile(ctx: EditorContext, id: number, attachmentId: number, title: string): Promise<void> {
  assertCan(ctx.actor, 'consultation.edit');
  await db.$transaction(async (tx) => {
    const current = await lockConsultation(tx, id);
    assertCanOnConsultation(ctx.actor, 'consultation.edit', factsOf(current));
    await claimUpload(tx, ctx.actor!.id, attachmentId, 'consultationId', id, title, current.attachments.length);
    await recordAudit(tx, ctx, 'consultation.attach', { type: 'consultation', id }, { attachmentId });
  });
}
