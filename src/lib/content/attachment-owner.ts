import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';

// A file uploaded in the editor area is stored first with no owner; then one record
// (an article, a consultation, a decision, a document, a form) takes it. Only its
// uploader can attach it, and only while nothing else owns it: a file is never moved
// from one record to another.

export type AttachmentOwner = 'articleId' | 'consultationId' | 'decisionId' | 'documentId' | 'formId';
const OWNERS: AttachmentOwner[] = ['articleId', 'consultationId', 'decisionId', 'documentId', 'formId'];

/** Gives the uploaded file to the record; its title is the one typed, or the file's. */
export async function claimUpload(tx: Prisma.TransactionClient, actorId: number, attachmentId: number, owner: AttachmentOwner, ownerId: number, title: string, position: number) {
  const file = await tx.attachment.findUnique({ where: { id: attachmentId } });
  if (!file || ownedElsewhere(file, owner, ownerId) || file.createdById !== actorId) throw new AppError('forbidden', 'Chỉ gắn được tệp bạn vừa tải lên.');
  await tx.attachment.update({ where: { id: attachmentId }, data: { [owner]: ownerId, title: title.trim().slice(0, 300) || file.title, position } });
}

/** Whether another record than (owner, ownerId) owns the file. */
export function ownedElsewhere(file: Record<AttachmentOwner, number | null>, owner: AttachmentOwner, ownerId: number): boolean {
  return OWNERS.some((field) => file[field] !== null && !(field === owner && file[field] === ownerId));
}

/** The owner columns, for a select. */
export const OWNER_SELECT = { articleId: true, consultationId: true, decisionId: true, documentId: true, formId: true } as const;
