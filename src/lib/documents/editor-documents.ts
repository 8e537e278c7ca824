import 'server-only';
import { assertCan, canOnDocument, type Action } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';

// The newsroom's reads of the documents register: the list, and one document with
// everything its page needs (files, relations, revisions, what the user may do next).

export const DOCUMENT_REVISION_LABELS: Record<string, string> = {
  CREATE: 'Tạo',
  SAVE: 'Lưu',
  ATTACH: 'Gắn tệp',
  DETACH: 'Gỡ tệp',
  RELATE: 'Thêm quan hệ',
  UNRELATE: 'Bỏ quan hệ',
  SUBMIT: 'Gửi duyệt',
  RETURN: 'Trả lại',
  PUBLISH: 'Công bố',
  CORRECT: 'Sửa sau công bố',
  WITHDRAW: 'Gỡ khỏi cổng',
};

export async function listDocumentsForEditors(ctx: EditorContext) {
  assertCan(ctx.actor, 'document.read');
  return db.legalDocument.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 300,
    select: { id: true, number: true, type: true, issuedOn: true, summary: true, status: true, updatedAt: true },
  });
}

const ACTIONS: Action[] = ['document.edit', 'document.submit', 'document.publish', 'document.return', 'document.correct', 'document.withdraw'];

export async function getDocumentForEditor(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'document.read');
  const row = await db.legalDocument.findUnique({
    where: { id },
    include: {
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
      relations: { orderBy: { id: 'asc' }, select: { id: true, kind: true, partial: true, note: true, to: { select: { id: true, number: true, type: true, slug: true } } } },
      relatedBy: { orderBy: { id: 'asc' }, select: { id: true, kind: true, partial: true, from: { select: { id: true, number: true, type: true, status: true } } } },
      revisions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 30, select: { id: true, version: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } } },
      createdBy: { select: { name: true } },
    },
  });
  if (!row) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  const allowed = Object.fromEntries(ACTIONS.map((action) => [action, canOnDocument(ctx.actor!, action, row)])) as Record<Action, boolean>;
  // What a relation may point at: the other published documents.
  const targets = await db.legalDocument.findMany({ where: { status: 'PUBLISHED', id: { not: id } }, orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }], select: { id: true, number: true, type: true, summary: true } });
  return { row, allowed, targets };
}
