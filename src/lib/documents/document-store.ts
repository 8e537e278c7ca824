import 'server-only';
import { Prisma, type LegalDocumentType } from '@/generated/prisma/client';
import { assertCan, assertCanOnDocument, type Action, type DocumentFacts } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { announceTags } from '@/lib/content/announce';
import { claimUpload } from '@/lib/content/attachment-owner';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { requiredText } from '@/lib/validation';
import { cleanLine } from '@/lib/text/normalize';
import { numberSlug } from '@/lib/text/slug';
import { headWords } from './document-labels';
import { documentSchema, relationSchema, type DocumentFields, type RelationFields } from './document-input';

// Writing the documents register: a document's fields, its files and its relations to
// other documents, through draft → submitted → (returned) → published by someone else →
// corrected or withdrawn. Each write locks the row, checks the permission table and the
// version (a stale form is refused), leaves a revision and an audit entry, and announces
// the public pages it changes (the document's, and those of the documents it relates to,
// whose validity may change with it).

type Tx = Prisma.TransactionClient;

async function lockDocument(tx: Tx, id: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "LegalDocument" WHERE "id" = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  return tx.legalDocument.findUniqueOrThrow({
    where: { id },
    select: { id: true, slug: true, status: true, version: true, createdById: true, lastEditorId: true, attachments: { select: { id: true } }, relations: { select: { to: { select: { slug: true } } } }, relatedBy: { select: { from: { select: { slug: true } } } } },
  });
}

type Locked = Awaited<ReturnType<typeof lockDocument>>;

const factsOf = (row: DocumentFacts): DocumentFacts => ({ status: row.status, createdById: row.createdById, lastEditorId: row.lastEditorId });

/** The tags of the public pages a change to this document shows on: its own, its related documents', the lists. */
function pagesOf(row: Locked, ...more: string[]): string[] {
  const related = [...row.relations.map((relation) => relation.to.slug), ...row.relatedBy.map((relation) => relation.from.slug), ...more];
  return [TAGS.documents, TAGS.library, TAGS.document(row.slug), ...related.map((slug) => TAGS.document(slug))];
}

async function writeRevision(tx: Tx, ctx: EditorContext, id: number, kind: string, note = '') {
  const row = await tx.legalDocument.findUniqueOrThrow({
    where: { id },
    select: {
      number: true, type: true, issuer: true, signerName: true, signerTitle: true, issuedOn: true, effectiveFrom: true, effectiveTo: true, summary: true, field: true, scope: true, externalUrl: true, status: true, version: true,
      relations: { select: { toId: true, kind: true, partial: true, note: true } },
      attachments: { select: { id: true, title: true } },
    },
  });
  const snapshot = JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue;
  await tx.legalDocumentRevision.create({ data: { documentId: id, version: row.version, kind, snapshot, note, createdById: ctx.actor?.id ?? null } });
}

const today = () => vietnamDateOf(new Date());

function parseFields(fields: DocumentFields) {
  const parsed = documentSchema(today()).safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const { issuedOn, effectiveFrom, effectiveTo, type, scope, ...rest } = parsed.data;
  const kind = type as LegalDocumentType;
  return {
    ...rest,
    type: kind,
    scope: scope as 'CENTRAL' | 'PROVINCIAL',
    issuedOn: new Date(issuedOn),
    effectiveFrom: new Date(effectiveFrom),
    effectiveTo: effectiveTo ? new Date(effectiveTo) : null,
    headWords: headWords(kind, rest.number),
    slug: numberSlug(rest.number, issuedOn),
  };
}

/** Two issuers can print the same number: the second document's address gets a suffix. */
async function freeSlug(tx: Tx, slug: string, exceptId: number | null): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const taken = await tx.legalDocument.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === exceptId) return candidate;
  }
}

function duplicate(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const message = 'Cơ quan này đã có văn bản cùng số ký hiệu trong sổ.';
    throw new AppError('conflict', message, { fieldErrors: { number: [message] } });
  }
  throw error;
}

function checkVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new AppError('conflict', 'Văn bản vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới nhất rồi sửa tiếp.');
}

export async function createDocument(ctx: EditorContext, fields: DocumentFields): Promise<{ id: number }> {
  assertCan(ctx.actor, 'document.create');
  const data = parseFields(fields);
  const actorId = ctx.actor.id;
  return db
    .$transaction(async (tx) => {
      const row = await tx.legalDocument.create({ data: { ...data, slug: await freeSlug(tx, data.slug, null), createdById: actorId, lastEditorId: actorId }, select: { id: true } });
      await writeRevision(tx, ctx, row.id, 'CREATE');
      await recordAudit(tx, ctx, 'document.create', { type: 'document', id: row.id }, { number: data.number });
      return row;
    })
    .catch(duplicate);
}

type StepResult = { audit: string; revision: string; note?: string; detail?: Record<string, unknown>; publicChange: boolean; alsoSlugs?: string[] };

/** One locked, checked, versioned, recorded change of a document. */
async function change(ctx: EditorContext, id: number, version: number, action: Action, work: (row: Locked, tx: Tx) => Promise<StepResult>) {
  assertCan(ctx.actor, action);
  return db
    .$transaction(async (tx) => {
      const row = await lockDocument(tx, id);
      assertCanOnDocument(ctx.actor, action, factsOf(row));
      checkVersion(row, version);
      const done = await work(row, tx);
      const updated = await tx.legalDocument.update({ where: { id }, data: { version: { increment: 1 }, lastEditorId: ctx.actor!.id }, select: { version: true, slug: true, status: true } });
      await writeRevision(tx, ctx, id, done.revision, done.note ?? '');
      await recordAudit(tx, ctx, done.audit, { type: 'document', id }, done.detail ?? {});
      // The pages before the change, the one a relation added or removed, and a new address.
      const tags = done.publicChange ? [...new Set(pagesOf(row, ...(done.alsoSlugs ?? []), updated.slug))] : [];
      if (tags.length > 0) await announceTags(tx, tags);
      return { version: updated.version, slug: updated.slug, status: updated.status, tags };
    })
    .catch(duplicate);
}

/** Editing needs `document.edit` before publication, `document.correct` after (with a note). */
const editAction = (status: string): Action => (status === 'PUBLISHED' ? 'document.correct' : 'document.edit');

async function currentStatus(id: number) {
  const row = await db.legalDocument.findUnique({ where: { id }, select: { status: true } });
  if (!row) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  return row.status;
}

export async function saveDocument(ctx: EditorContext, id: number, version: number, fields: DocumentFields, note = '') {
  const data = parseFields(fields);
  const action = editAction(await currentStatus(id));
  const text = cleanLine(note).slice(0, 500);
  if (action === 'document.correct' && !text) throw new AppError('bad_request', 'Ghi nội dung sửa để lưu vào lịch sử văn bản.', { fieldErrors: { note: ['Ghi nội dung sửa để lưu vào lịch sử văn bản.'] } });
  return change(ctx, id, version, action, async (row, tx) => {
    await tx.legalDocument.update({ where: { id }, data: { ...data, slug: await freeSlug(tx, data.slug, id) } });
    return { audit: action === 'document.correct' ? 'document.correct' : 'document.update', revision: action === 'document.correct' ? 'CORRECT' : 'SAVE', note: text, detail: { number: data.number }, publicChange: row.status === 'PUBLISHED' };
  });
}

export async function attachDocumentFile(ctx: EditorContext, id: number, version: number, attachmentId: number, title: string) {
  const action = editAction(await currentStatus(id));
  return change(ctx, id, version, action, async (row, tx) => {
    await claimUpload(tx, ctx.actor!.id, attachmentId, 'documentId', id, title, row.attachments.length);
    return { audit: 'document.attach', revision: 'ATTACH', note: cleanLine(title), detail: { attachmentId }, publicChange: row.status === 'PUBLISHED' };
  });
}

export async function removeDocumentFile(ctx: EditorContext, id: number, version: number, attachmentId: number) {
  const action = editAction(await currentStatus(id));
  return change(ctx, id, version, action, async (row, tx) => {
    const { count } = await tx.attachment.updateMany({ where: { id: attachmentId, documentId: id }, data: { documentId: null } });
    if (count === 0) throw new AppError('not_found', 'Tệp này không thuộc văn bản.');
    return { audit: 'document.detach', revision: 'DETACH', detail: { attachmentId }, publicChange: row.status === 'PUBLISHED' };
  });
}

/** "This document replaces (amends, guides, repeals) that published one." */
export async function addRelation(ctx: EditorContext, id: number, version: number, fields: RelationFields) {
  const parsed = relationSchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa thêm được quan hệ: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const { toId, kind, partial, note } = parsed.data;
  const action = editAction(await currentStatus(id));
  return change(ctx, id, version, action, async (row, tx) => {
    if (toId === id) throw new AppError('bad_request', 'Văn bản không thể liên quan đến chính nó.', { fieldErrors: { toId: ['Chọn một văn bản khác.'] } });
    const target = await tx.legalDocument.findUnique({ where: { id: toId }, select: { slug: true, status: true, number: true } });
    if (!target || target.status !== 'PUBLISHED') throw new AppError('bad_request', 'Chỉ liên kết được với văn bản đã công bố trong sổ.', { fieldErrors: { toId: ['Chọn một văn bản đã công bố.'] } });
    const back = await tx.legalDocumentRelation.findFirst({ where: { fromId: toId, toId: id }, select: { id: true } });
    if (back) throw new AppError('bad_request', `Văn bản ${target.number} đã có quan hệ ngược lại với văn bản này.`, { fieldErrors: { toId: ['Hai văn bản không thể thay thế, sửa đổi lẫn nhau.'] } });
    try {
      await tx.legalDocumentRelation.create({ data: { fromId: id, toId, kind, partial: kind === 'AMENDS' || kind === 'GUIDES' ? false : partial, note } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('conflict', 'Quan hệ này đã có.', { fieldErrors: { toId: ['Quan hệ này đã có.'] } });
      throw error;
    }
    return { audit: 'document.relate', revision: 'RELATE', note: `${kind} ${target.number}`, detail: { toId, kind }, publicChange: row.status === 'PUBLISHED', alsoSlugs: [target.slug] };
  });
}

export async function removeRelation(ctx: EditorContext, id: number, version: number, relationId: number) {
  const action = editAction(await currentStatus(id));
  return change(ctx, id, version, action, async (row, tx) => {
    const relation = await tx.legalDocumentRelation.findFirst({ where: { id: relationId, fromId: id }, select: { to: { select: { slug: true, number: true } }, kind: true } });
    if (!relation) throw new AppError('not_found', 'Quan hệ này không còn.');
    await tx.legalDocumentRelation.delete({ where: { id: relationId } });
    return { audit: 'document.unrelate', revision: 'UNRELATE', note: `${relation.kind} ${relation.to.number}`, detail: { relationId }, publicChange: row.status === 'PUBLISHED', alsoSlugs: [relation.to.slug] };
  });
}


export async function submitDocument(ctx: EditorContext, id: number, version: number) {
  return change(ctx, id, version, 'document.submit', async (row, tx) => {
    if (row.attachments.length === 0) throw new AppError('bad_request', 'Chưa gửi duyệt được: chưa tải lên tệp văn bản (PDF hoặc DOCX).');
    await tx.legalDocument.update({ where: { id }, data: { status: 'SUBMITTED', returnComment: null } });
    return { audit: 'document.submit', revision: 'SUBMIT', publicChange: false };
  });
}

export async function returnDocument(ctx: EditorContext, id: number, version: number, comment: string) {
  const text = requiredText(comment, 'comment', 'Ghi lý do trả lại để người nhập biết cần sửa gì.', 1000);
  return change(ctx, id, version, 'document.return', async (_row, tx) => {
    await tx.legalDocument.update({ where: { id }, data: { status: 'RETURNED', returnComment: text } });
    return { audit: 'document.return', revision: 'RETURN', note: text, publicChange: false };
  });
}

export async function publishDocument(ctx: EditorContext, id: number, version: number) {
  return change(ctx, id, version, 'document.publish', async (row, tx) => {
    if (row.attachments.length === 0) throw new AppError('bad_request', 'Chưa công bố được: chưa có tệp văn bản.');
    await tx.legalDocument.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date(), returnComment: null } });
    return { audit: 'document.publish', revision: 'PUBLISH', publicChange: true };
  });
}

/** Takes a document entered by mistake off the portal; documents relating to it lose the link until it is published again. */
export async function withdrawDocument(ctx: EditorContext, id: number, version: number, reason: string) {
  const text = requiredText(reason, 'reason', 'Ghi lý do gỡ văn bản.', 1000);
  return change(ctx, id, version, 'document.withdraw', async (_row, tx) => {
    await tx.legalDocument.update({ where: { id }, data: { status: 'WITHDRAWN' } });
    return { audit: 'document.withdraw', revision: 'WITHDRAW', note: text, publicChange: true };
  });
}
