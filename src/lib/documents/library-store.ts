import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { announceTags } from '@/lib/content/announce';
import { claimUpload } from '@/lib/content/attachment-owner';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { formSchema, procedureSchema, type FormFields, type ProcedureFields } from './library-input';

// The forms library and the procedure links: entered by editors, put on the portal by an
// approver. A form goes up only with its file; a procedure only with its page on the
// National Public Service Portal (the database refuses it too).

type Tx = Prisma.TransactionClient;

function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }): never {
  throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(error.issues) });
}

const libraryChanged = (tx: Tx, slug?: string | null) => announceTags(tx, [TAGS.library, ...(slug ? [TAGS.document(slug)] : [])]);

async function sourceSlug(tx: Tx, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const source = await tx.legalDocument.findUnique({ where: { id }, select: { slug: true } });
  if (!source) throw new AppError('bad_request', 'Văn bản ban hành không còn trong sổ.', { fieldErrors: { sourceDocumentId: ['Chọn văn bản ban hành biểu mẫu.'] } });
  return source.slug;
}

export async function saveForm(ctx: EditorContext, id: number | null, fields: FormFields): Promise<{ id: number }> {
  assertCan(ctx.actor, 'library.edit');
  const parsed = formSchema.safeParse(fields);
  if (!parsed.success) invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const slug = await sourceSlug(tx, parsed.data.sourceDocumentId);
    const before = id === null ? null : await tx.documentForm.findUnique({ where: { id }, select: { published: true, sourceDocument: { select: { slug: true } } } });
    if (id !== null && !before) throw new AppError('not_found', 'Không tìm thấy biểu mẫu.');
    const row = id === null ? await tx.documentForm.create({ data: parsed.data, select: { id: true } }) : await tx.documentForm.update({ where: { id }, data: parsed.data, select: { id: true } });
    await recordAudit(tx, ctx, id === null ? 'form.create' : 'form.update', { type: 'form', id: row.id }, { code: parsed.data.code });
    if (before?.published) {
      await libraryChanged(tx, slug);
      if (before.sourceDocument && before.sourceDocument.slug !== slug) await libraryChanged(tx, before.sourceDocument.slug);
    }
    return row;
  });
}

export async function attachFormFile(ctx: EditorContext, id: number, attachmentId: number, title: string): Promise<void> {
  assertCan(ctx.actor, 'library.edit');
  await db.$transaction(async (tx) => {
    const form = await tx.documentForm.findUnique({ where: { id }, select: { published: true, _count: { select: { attachments: true } } } });
    if (!form) throw new AppError('not_found', 'Không tìm thấy biểu mẫu.');
    await claimUpload(tx, ctx.actor!.id, attachmentId, 'formId', id, title, form._count.attachments);
    await recordAudit(tx, ctx, 'form.attach', { type: 'form', id }, { attachmentId });
    if (form.published) await libraryChanged(tx);
  });
}

export async function setFormPublished(ctx: EditorContext, id: number, published: boolean): Promise<void> {
  assertCan(ctx.actor, 'library.publish');
  await db.$transaction(async (tx) => {
    const form = await tx.documentForm.findUnique({ where: { id }, select: { sourceDocument: { select: { slug: true } }, _count: { select: { attachments: true } } } });
    if (!form) throw new AppError('not_found', 'Không tìm thấy biểu mẫu.');
    if (published && form._count.attachments === 0) throw new AppError('bad_request', 'Chưa đưa lên cổng được: biểu mẫu chưa có tệp (DOCX hoặc PDF).');
    await tx.documentForm.update({ where: { id }, data: { published } });
    await recordAudit(tx, ctx, published ? 'form.publish' : 'form.unpublish', { type: 'form', id }, {});
    await libraryChanged(tx, form.sourceDocument?.slug);
  });
}

function parseProcedure(fields: ProcedureFields) {
  const parsed = procedureSchema.safeParse(fields);
  if (!parsed.success) invalid(parsed.error);
  return parsed.data;
}

function duplicateCode(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new AppError('conflict', 'Đã có thủ tục cùng mã.', { fieldErrors: { nationalCode: ['Đã có thủ tục cùng mã.'] } });
  }
  throw error;
}

const noLink = () => new AppError('bad_request', 'Thủ tục chưa có địa chỉ trên Cổng Dịch vụ công quốc gia nên chưa đưa lên cổng được.', { fieldErrors: { url: ['Nhập địa chỉ trang thủ tục trên Cổng Dịch vụ công quốc gia.'] } });

export async function saveProcedure(ctx: EditorContext, id: number | null, fields: ProcedureFields): Promise<{ id: number }> {
  assertCan(ctx.actor, 'library.edit');
  const data = parseProcedure(fields);
  return db
    .$transaction(async (tx) => {
      const before = id === null ? null : await tx.procedureLink.findUnique({ where: { id }, select: { published: true } });
      if (id !== null && !before) throw new AppError('not_found', 'Không tìm thấy thủ tục.');
      if (before?.published && !data.url) throw noLink();
      const row = id === null ? await tx.procedureLink.create({ data, select: { id: true } }) : await tx.procedureLink.update({ where: { id }, data, select: { id: true } });
      await recordAudit(tx, ctx, id === null ? 'procedure.create' : 'procedure.update', { type: 'procedure', id: row.id }, { nationalCode: data.nationalCode });
      if (before?.published) await libraryChanged(tx);
      return row;
    })
    .catch(duplicateCode);
}

export async function setProcedurePublished(ctx: EditorContext, id: number, published: boolean): Promise<void> {
  assertCan(ctx.actor, 'library.publish');
  await db.$transaction(async (tx) => {
    const row = await tx.procedureLink.findUnique({ where: { id }, select: { url: true } });
    if (!row) throw new AppError('not_found', 'Không tìm thấy thủ tục.');
    if (published && !row.url) throw noLink();
    await tx.procedureLink.update({ where: { id }, data: { published } });
    await recordAudit(tx, ctx, published ? 'procedure.publish' : 'procedure.unpublish', { type: 'procedure', id }, {});
    await libraryChanged(tx);
  });
}
