import { z } from 'zod';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { isSlug, slugify } from '@/lib/text/slug';

// What the newsroom's profile form sends (gương điển hình), checked with Vietnamese messages.

export const PROFILE_FIELDS = [
  'Giáo dục',
  'Y tế',
  'Nông nghiệp, nông thôn',
  'Sản xuất, kinh doanh',
  'Quốc phòng, an ninh',
  'Văn hóa, thể thao',
  'An sinh xã hội, từ thiện',
  'Khoa học, công nghệ',
  'Xây dựng chính quyền',
  'Lĩnh vực khác',
] as const;

const line = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));

export const profileSchema = z.object({
  name: line(200, 'Họ và tên').pipe(z.string().min(2, 'Nhập họ và tên (hoặc tên tập thể).')),
  slug: z
    .string()
    .transform((value) => cleanLine(value))
    .refine((value) => value === '' || isSlug(slugify(value)), 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.'),
  kind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], { error: 'Chọn cá nhân, tập thể hoặc hộ gia đình.' }),
  field: z.enum(PROFILE_FIELDS, { error: 'Chọn lĩnh vực.' }),
  unit: line(300, 'Đơn vị'),
  communeCode: z.string().transform((value) => cleanLine(value) || null),
  summary: z
    .string()
    .transform((value) => nfc(value).replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(400, 'Tóm tắt: tối đa 400 ký tự.')),
  articleId: z.coerce.number({ error: 'Chọn bài viết kể câu chuyện.' }).int().positive('Chọn bài viết kể câu chuyện.'),
  portraitMediaId: z.string().transform((value, ctx) => {
    if (value.trim() === '') return null;
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) {
      ctx.addIssue({ code: 'custom', message: 'Chọn ảnh chân dung trong các ảnh của bài.' });
      return z.NEVER;
    }
    return id;
  }),
  portraitAlt: line(250, 'Mô tả ảnh'),
});

export type ProfileFields = z.input<typeof profileSchema>;
