import 'server-only';
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { safeFileName } from '@/lib/content/attachment-files';
import { db } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getStorage, newStorageId } from '@/lib/storage/storage';
import { CONSENT } from './consent';
import { phaseOf, publicConsultationWhere } from './public-rule';
import { parseResponse, RESPONSE_LIMITS, sniffResponseFile } from './response-input';
import { formatCalendarDate } from './working-days';

// Citizens' comments on a consultation: received only while it is open, at most a few an
// hour from one address, each answered with an unguessable receipt code. A comment is
// private from the moment it is stored (see response-inbox.ts for who may read it).

export const RATE_LIMIT = { perHour: 5 } as const;
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReceiptCode(now = new Date()): string {
  let random = '';
  for (let i = 0; i < 8; i += 1) random += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `GY-${now.getUTCFullYear()}-${random}`;
}

/** A fresh one-time token for a comment form: a second submit of it finds the first comment. */
export function newFormToken(): string {
  return randomBytes(18).toString('base64url');
}

/** The sender's address, kept only as a keyed hash: enough to slow a flood, not to find anyone. */
export function addressHash(ip: string | null | undefined): string {
  return createHmac('sha256', authSecret()).update(`response-ip:${ip ?? 'unknown'}`).digest('hex').slice(0, 32);
}

export type IncomingFile = { name: string; bytes: Buffer };
export type SubmitResult = { receiptCode: string; duplicate: boolean };

function checkFiles(files: IncomingFile[]) {
  if (files.length > RESPONSE_LIMITS.files) throw new AppError('bad_request', `Gửi kèm tối đa ${RESPONSE_LIMITS.files} tệp.`, { fieldErrors: { files: [`Gửi kèm tối đa ${RESPONSE_LIMITS.files} tệp.`] } });
  return files.map((file) => {
    const name = safeFileName(file.name, 'tep-gui-kem');
    if (file.bytes.length > RESPONSE_LIMITS.fileBytes) throw new AppError('too_large', `Tệp "${name}" lớn hơn 10 MB.`, { fieldErrors: { files: [`Tệp "${name}" lớn hơn 10 MB.`] } });
    const type = sniffResponseFile(file.bytes);
    if (!type) throw new AppError('bad_request', `Tệp "${name}" không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp).`, { fieldErrors: { files: [`Tệp "${name}" không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp).`] } });
    const base = name.replace(/\.[^.]{1,5}$/, '') || 'tep-gui-kem';
    return { ...type, originalName: `${base}.${type.extension}`, bytes: file.bytes };
  });
}

/**
 * Stores one comment. Throws AppError: 404 for a consultation that is not public, 409 when
 * its window has closed, 400 with field errors for bad input, 413 for a file too large,
 * 429 after RATE_LIMIT comments from one address within the hour.
 */
export async function submitResponse(slug: string, fields: Record<string, string>, files: IncomingFile[], context: { ip: string | null; now?: Date }): Promise<SubmitResult> {
  const now = context.now ?? new Date();
  const consultation = await db.consultation.findFirst({
    where: { slug, ...publicConsultationWhere(now) },
    select: { id: true, status: true, opensAt: true, closesAt: true, closesOn: true, candidates: { where: { withdrawnAt: null }, select: { id: true } } },
  });
  if (!consultation) throw new AppError('not_found', 'Không tìm thấy đợt lấy ý kiến này.');
  if (phaseOf(consultation, now) !== 'open') {
    const until = consultation.closesOn ? ` (hết ngày ${formatCalendarDate(consultation.closesOn.toISOString().slice(0, 10))})` : '';
    throw new AppError('conflict', `Đã hết thời hạn lấy ý kiến${until}. Góp ý của bạn chưa được lưu.`);
  }
  const parsed = parseResponse(fields);
  if ('errors' in parsed) throw new AppError('bad_request', 'Góp ý chưa gửi được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: parsed.errors });
  const input = parsed.data;
  if (input.candidateId !== null && !consultation.candidates.some((c) => c.id === input.candidateId)) {
    throw new AppError('bad_request', 'Góp ý chưa gửi được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: { candidateId: ['Người hoặc tập thể này không có trong danh sách đang lấy ý kiến.'] } });
  }
  const checked = checkFiles(files);

  const repeat = await db.consultationResponse.findUnique({ where: { formToken: input.formToken }, select: { receiptCode: true, consultationId: true } });
  if (repeat?.consultationId === consultation.id) return { receiptCode: repeat.receiptCode, duplicate: true };

  const ipHash = addressHash(context.ip);
  const stored = checked.map((file) => ({ ...file, storageKey: `responses/${newStorageId(now)}` }));
  for (const file of stored) await getStorage().put(file.storageKey, file.bytes);
  try {
    const receiptCode = await db.$transaction(async (tx) => {
      // One sender at a time: the count and the insert cannot interleave with another of theirs.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${ipHash}))`;
      const recent = await tx.consultationResponse.count({ where: { ipHash, submittedAt: { gt: new Date(now.getTime() - 3600_000) } } });
      if (recent >= RATE_LIMIT.perHour) throw new AppError('too_many', `Mỗi địa chỉ chỉ gửi được ${RATE_LIMIT.perHour} góp ý trong một giờ. Vui lòng thử lại sau, hoặc gửi qua đường bưu điện, thư điện tử.`);
      const row = await tx.consultationResponse.create({
        data: {
          receiptCode: newReceiptCode(now),
          formToken: input.formToken,
          consultationId: consultation.id,
          candidateId: input.candidateId,
          fullName: input.fullName,
          email: input.email.toLowerCase(),
          phone: input.phone,
          address: input.address,
          content: input.content,
          consentVersion: CONSENT.version,
          consentAt: now,
          ipHash,
          submittedAt: now,
          files: { create: stored.map((f) => ({ originalName: f.originalName, mime: f.mime, bytes: f.bytes.length, checksum: createHash('sha256').update(f.bytes).digest('hex'), storageKey: f.storageKey })) },
        },
        select: { receiptCode: true },
      });
      return row.receiptCode;
    });
    return { receiptCode, duplicate: false };
  } catch (error) {
    await Promise.all(stored.map((file) => getStorage().delete(file.storageKey)));
    // The same form sent twice at once: the first one stored is the answer to both.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const first = await db.consultationResponse.findUnique({ where: { formToken: input.formToken }, select: { receiptCode: true, consultationId: true } });
      if (first?.consultationId === consultation.id) return { receiptCode: first.receiptCode, duplicate: true };
    }
    throw error;
  }
}

export const RESPONSE_STATUS_LABELS = {
  RECEIVED: 'Đã tiếp nhận',
  FORWARDED: 'Đã chuyển Hội đồng Thi đua – Khen thưởng',
  CLOSED_NO_ACTION: 'Đã xem xét, kết thúc',
  SPAM: 'Đã xem xét, kết thúc',
} as const;

export type ResponseStatusView = { receiptCode: string; status: string; submittedAt: string; handledAt: string | null; consultation: { title: string; slug: string }; candidateName: string | null };

const digits = (value: string) => value.replace(/\D/g, '').replace(/^84/, '0');

/** The status of a comment, for whoever holds its receipt code and the email or phone given with it. */
export async function lookupResponse(code: string, contact: string): Promise<ResponseStatusView | null> {
  const receiptCode = code.trim().toUpperCase().replace(/\s+/g, '');
  const given = contact.trim().toLowerCase();
  if (!/^GY-\d{4}-[0-9A-Z]{8}$/.test(receiptCode) || !given) return null;
  const row = await db.consultationResponse.findUnique({
    where: { receiptCode },
    select: { receiptCode: true, status: true, email: true, phone: true, submittedAt: true, handledAt: true, consultation: { select: { title: true, slug: true } }, candidate: { select: { name: true } } },
  });
  if (!row) return null;
  const matches = (row.email !== '' && row.email === given) || (row.phone !== '' && digits(given).length >= 9 && digits(row.phone) === digits(given));
  if (!matches) return null;
  return {
    receiptCode: row.receiptCode,
    status: RESPONSE_STATUS_LABELS[row.status],
    submittedAt: row.submittedAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
    consultation: row.consultation,
    candidateName: row.candidate?.name ?? null,
  };
}
