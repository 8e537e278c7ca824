import 'server-only';
import { createHash } from 'node:crypto';
import { assertCan } from '@/lib/auth/permissions';
import { safeFileName } from '@/lib/content/attachment-files';
import { extractDocumentText } from '@/lib/content/extract-text';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { canReadPhoto } from '@/lib/editor/read-access';
import { AppError } from '@/lib/errors';
import { deriveAll } from '@/lib/media/derive';
import { ingestImage } from '@/lib/media/ingest-image';
import { originalKey } from '@/lib/media/derive';
import { getStorage, newStorageId } from '@/lib/storage/storage';
import { sniffDocument } from './sniff-document';
import { zipBombReason, zipEntries } from './zip-directory';

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export type UploadedPhoto = { mediaId: number; storageKey: string; width: number; height: number; originalName: string };
export type UploadedAttachment = { id: number; title: string; originalName: string; mime: string; bytes: number };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Served sizes are made one photo at a time in the background, so uploads stay fast. */
let deriving: Promise<unknown> = Promise.resolve();
function deriveLater(storageKey: string, width: number) {
  deriving = deriving.then(() => deriveAll(storageKey, width)).catch((error) => console.warn('Could not derive photo sizes:', (error as Error).message));
}

export async function uploadPhoto(ctx: EditorContext, bytes: Buffer, fileName: string): Promise<UploadedPhoto> {
  assertCan(ctx.actor, 'media.upload');
  const checksum = sha256(bytes);
  const existing = await db.media.findUnique({ where: { checksum } });
  // The same bytes are stored once; their key is handed only to someone who may see them.
  if (existing && !(await canReadPhoto(ctx.actor, { id: existing.id }))) throw new AppError('forbidden', 'Ảnh này đã có trong hệ thống nhưng thuộc bài bạn không được xem.');
  if (existing) {
    return { mediaId: existing.id, storageKey: existing.storageKey, width: existing.width, height: existing.height, originalName: existing.originalName };
  }
  const image = await ingestImage(bytes);
  const originalName = safeFileName(fileName, 'anh');
  try {
    const media = await db.$transaction(async (tx) => {
      const row = await tx.media.create({ data: { ...image, checksum, originalName, createdById: ctx.actor?.id ?? null } });
      await recordAudit(tx, ctx, 'media.upload', { type: 'media', id: row.id }, { name: originalName, bytes: image.bytes });
      return row;
    });
    deriveLater(media.storageKey, media.width);
    return { mediaId: media.id, storageKey: media.storageKey, width: media.width, height: media.height, originalName };
  } catch (error) {
    await getStorage().delete(originalKey(image.storageKey));
    const raced = await db.media.findUnique({ where: { checksum } });
    if (raced) return { mediaId: raced.id, storageKey: raced.storageKey, width: raced.width, height: raced.height, originalName: raced.originalName };
    throw error;
  }
}

export async function uploadAttachment(ctx: EditorContext, bytes: Buffer, fileName: string): Promise<UploadedAttachment> {
  assertCan(ctx.actor, 'media.upload');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('too_large', 'Tệp đính kèm vượt quá 50 MB.');
  const type = sniffDocument(bytes, fileName);
  if (!type) {
    throw new AppError('bad_request', 'Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLS, XLSX), PowerPoint (PPT, PPTX), ODT hoặc ODS; nội dung tệp này không đúng định dạng.');
  }
  // An office document is a ZIP: one that would unpack to gigabytes is refused unread.
  const bomb = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50 ? zipBombReason(zipEntries(bytes)) : null;
  if (bomb) throw new AppError('bad_request', `Tệp nén bên trong ${bomb}; không nhận tệp này. Vui lòng lưu lại tệp từ Word, Excel hoặc LibreOffice rồi tải lên.`);
  const cleaned = safeFileName(fileName, 'tep-dinh-kem');
  const base = cleaned.replace(/\.[^.]{1,5}$/, '') || 'tep-dinh-kem';
  const originalName = `${base}.${type.extension}`;
  const storageKey = `files/${newStorageId()}`;
  const text = await extractDocumentText(bytes, type.mime);
  await getStorage().put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.attachment.create({
        data: { title: base, originalName, mime: type.mime, bytes: bytes.length, checksum: sha256(bytes), storageKey, text, createdById: ctx.actor?.id ?? null },
        select: { id: true, title: true, originalName: true, mime: true, bytes: true },
      });
      await recordAudit(tx, ctx, 'attachment.upload', { type: 'attachment', id: row.id }, { name: originalName, bytes: bytes.length });
      return row;
    });
  } catch (error) {
    await getStorage().delete(storageKey);
    throw error;
  }
}
