import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine } from '@/lib/text/normalize';
import { isSlug, slugify } from '@/lib/text/slug';

// The award taxonomy is data an administrator keeps as the law changes: a new decree
// changes who confers an award or ends it (validTo), without a release of the portal.
// Code and category identify a row; its address (slug) is set once, so links keep working.

const text = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));
const date = (label: string, optional: boolean) =>
  z.string().transform((value, ctx) => {
    if (optional && value.trim() === '') return null;
    const parsed = parseVietnamDateTime(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `${label} không đúng dạng (ví dụ: 01/01/2024).` });
      return z.NEVER;
    }
    return new Date(new Date(parsed.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
  });

const awardSchema = z
  .object({
    name: text(200, 'Tên').pipe(z.string().min(3, 'Vui lòng nhập tên.')),
    nameEn: text(200, 'Tên tiếng Anh'),
    level: z.enum(['STATE', 'PROVINCIAL', 'GRASSROOTS'], { error: 'Chọn cấp khen thưởng.' }),
    conferrer: text(500, 'Người quyết định').pipe(z.string().min(1, 'Vui lòng ghi người quyết định.')),
    classes: z.string().transform((value) => [...new Set(value.split(',').map(cleanLine).filter(Boolean))]).pipe(z.array(z.enum(['Nhất', 'Nhì', 'Ba'], { error: 'Hạng chỉ gồm Nhất, Nhì, Ba.' }))),
    recipientKinds: z.array(z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'])).min(1, 'Chọn ít nhất một đối tượng.'),
    posthumousAllowed: z.boolean(),
    consultationRequired: z.boolean(),
    minConsultationWorkingDays: z.string().transform((value, ctx) => {
      if (value.trim() === '') return null;
      const days = Number(value);
      if (!Number.isInteger(days) || days < 1 || days > 60) {
        ctx.addIssue({ code: 'custom', message: 'Số ngày làm việc từ 1 đến 60.' });
        return z.NEVER;
      }
      return days;
    }),
    consultationBasis: text(500, 'Căn cứ lấy ý kiến'),
    description: text(2000, 'Mô tả'),
    legalBasis: text(1000, 'Căn cứ pháp lý').pipe(z.string().min(1, 'Vui lòng ghi căn cứ pháp lý.')),
    validFrom: date('Ngày có hiệu lực', false),
    validTo: date('Ngày hết hiệu lực', true),
  })
  .superRefine((value, ctx) => {
    if (value.consultationRequired && !value.minConsultationWorkingDays) ctx.addIssue({ code: 'custom', path: ['minConsultationWorkingDays'], message: 'Ghi số ngày làm việc tối thiểu phải lấy ý kiến.' });
    if (value.validTo && value.validFrom && value.validTo < value.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
  });

function parse(fields: Record<string, unknown>) {
  const parsed = awardSchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const { validFrom, ...rest } = parsed.data;
  return { ...rest, validFrom: validFrom! };
}

export async function updateAwardType(ctx: EditorContext, id: number, fields: Record<string, unknown>): Promise<void> {
  assertCan(ctx.actor, 'awards.manage');
  const data = parse(fields);
  await db.$transaction(async (tx) => {
    const current = await tx.awardType.findUnique({ where: { id }, select: { code: true } });
    if (!current) throw new AppError('not_found', 'Không tìm thấy hình thức khen thưởng.');
    await tx.awardType.update({ where: { id }, data });
    await recordAudit(tx, ctx, 'award.update', { type: 'awardType', id }, { code: current.code, name: data.name });
    await announceTags(tx, [TAGS.awards, TAGS.consultations]);
  });
}

const newAwardSchema = z.object({
  code: z.string().transform((value) => value.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z][A-Z0-9_]{2,49}$/, 'Mã gồm chữ in hoa không dấu, số và dấu gạch dưới.')),
  category: z.enum(['EMULATION_TITLE', 'ORDER', 'MEDAL', 'HONORARY_TITLE', 'PRIZE', 'COMMEMORATIVE_MEDAL', 'CERTIFICATE_OF_MERIT', 'CERTIFICATE_OF_COMMENDATION'], { error: 'Chọn nhóm.' }),
});

export async function createAwardType(ctx: EditorContext, fields: Record<string, unknown>): Promise<{ id: number }> {
  assertCan(ctx.actor, 'awards.manage');
  const identity = newAwardSchema.safeParse(fields);
  const data = parse(fields);
  if (!identity.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(identity.error.issues) });
  const slug = slugify(data.name);
  if (!isSlug(slug)) throw new AppError('bad_request', 'Tên không tạo được đường dẫn.', { fieldErrors: { name: ['Tên không tạo được đường dẫn.'] } });
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.awardType.aggregate({ _max: { sortOrder: true } });
      const row = await tx.awardType.create({ data: { ...data, ...identity.data, slug, sortOrder: (last._max.sortOrder ?? 0) + 10 }, select: { id: true } });
      await recordAudit(tx, ctx, 'award.create', { type: 'awardType', id: row.id }, { code: identity.data.code, name: data.name });
      await announceTags(tx, [TAGS.awards]);
      return row;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('conflict', 'Mã hoặc tên này đã có trong danh mục.', { fieldErrors: { code: ['Mã hoặc tên đã có.'] } });
    throw error;
  }
}
