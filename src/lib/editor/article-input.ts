import { z } from 'zod';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { isSlug } from '@/lib/text/slug';

// What the article form sends, checked field by field with Vietnamese messages. The body
// is checked separately by sanitizeBody (an allowlist), the rest here.

const line = (max: number, label: string) =>
  z.string({ error: `${label} không hợp lệ.` }).transform(cleanLine).pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

const paragraphText = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .transform((value) => nfc(value).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ').trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

/** "2026-11-24T08:30" typed in Vietnam time (the form's datetime-local), or "" for "when published". */
const vietnamLocalTime = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), 'Thời điểm đăng không hợp lệ.')
  .transform((value) => (value === '' ? null : new Date(`${value}:00+07:00`)))
  .refine((value) => value === null || !Number.isNaN(value.getTime()), 'Thời điểm đăng không hợp lệ.')
  .refine((value) => value === null || value.getUTCFullYear() >= 1945, 'Thời điểm đăng phải từ năm 1945 trở đi.');

const photoInput = z.object({
  mediaId: z.number().int().positive(),
  alt: line(300, 'Mô tả ảnh'),
  caption: paragraphText(1000, 'Chú thích'),
  credit: line(200, 'Nguồn ảnh'),
  decorative: z.boolean(),
});

const attachmentInput = z.object({
  id: z.number().int().positive(),
  title: line(300, 'Tên tệp').pipe(z.string().min(1, 'Vui lòng nhập tên tệp đính kèm.')),
});

export const articleInputSchema = z.object({
  title: line(300, 'Tiêu đề').pipe(z.string().min(1, 'Vui lòng nhập tiêu đề.')),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === '' || isSlug(value), 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 120 ký tự.'),
  sapo: paragraphText(1000, 'Sapo'),
  source: line(120, 'Nguồn tin'),
  byline: line(200, 'Tác giả'),
  sectionId: z.number({ error: 'Vui lòng chọn chuyên mục.' }).int().positive('Vui lòng chọn chuyên mục.'),
  tags: z.array(line(80, 'Tag').pipe(z.string().min(1))).max(20, 'Tối đa 20 tag.'),
  publishedAt: vietnamLocalTime,
  body: z.unknown(),
  leadMediaId: z.number().int().positive().nullable(),
  photos: z.array(photoInput).max(100, 'Tối đa 100 ảnh một bài.'),
  attachments: z.array(attachmentInput).max(50, 'Tối đa 50 tệp đính kèm một bài.'),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleFields = z.output<typeof articleInputSchema>;
