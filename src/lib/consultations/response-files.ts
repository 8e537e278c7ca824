import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';

/** A file a citizen sent with a comment: approvers and administrators only, each download audited. */
export async function responseFileForReader(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'response.read');
  const file = await db.responseFile.findUnique({ where: { id }, select: { id: true, originalName: true, mime: true, storageKey: true, responseId: true } });
  if (!file) throw new AppError('not_found', 'Không tìm thấy tệp.');
  await db.$transaction((tx) => recordAudit(tx, ctx, 'response.fileRead', { type: 'consultationResponse', id: file.responseId }, { fileId: id }));
  return file;
}
