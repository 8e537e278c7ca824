import { dbId } from '@/lib/validation';
import { z } from 'zod';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { stripCaptionPrefix } from '@/lib/text/prefixes';
import { isSlug } from '@/lib/text/slug';

// What the article form sends, checked field by field with Vietnamese messages. The body
// is a JSON string the form serialized itself; it is parsed and checked separately
// (src/lib/content/body-input.ts), the rest here.

const line = (max: number, label: string) =>
  z.string({ error: `${label} không hợp lệ.` }).transform(cleanLine).pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

const paragraphText = (max: number, label: string) =>
  z
    .string({ error: `${label} không hợp lệ.` })
    .transform((value) => nfc(value).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ').trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

/** "27/04/2024 16:43" typed in Vietnam time, or "" for "when it is approved". */
const vietnamLocalTime = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const date = parseVietnamDateTime(value);
    if (date === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Thời điểm đăng không hợp lệ; nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 27/04/2024 16:43.' });
      return z.NEVER;
    }
    return date;
  })
  .refine((value) => value === null || value.getUTCFullYear() >= 1945, 'Thời điểm đăng phải từ năm 1945 trở đi.');

const photoInput = z.object({
  mediaId: dbId,
  alt: line(300, 'Mô tả ảnh'),
  // "Ảnh:" is printed by the page; typed again it would show twice.
  caption: paragraphText(1000, 'Chú thích').transform(stripCaptionPrefix),
  credit: line(200, 'Nguồn ảnh'),
  decorative: z.boolean(),
});

const attachmentInput = z.object({
  id: dbId,
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
  sectionId: z.number({ error: 'Vui lòng chọn chuyên mục.' }).int('Vui lòng chọn chuyên mục.').positive('Vui lòng chọn chuyên mục.').max(2_147_483_647, 'Vui lòng chọn chuyên mục.'),
  tags: z.array(line(80, 'Tag').pipe(z.string().min(1))).max(20, 'Tối đa 20 tag.'),
  publishedAt: vietnamLocalTime,
  body: z.string({ error: 'Nội dung gửi lên không đúng định dạng; vui lòng tải lại trang.' }),
  leadMediaId: dbId.nullable(),
  photos: z.array(photoInput).max(100, 'Tối đa 100 ảnh một bài.'),
  attachments: z.array(attachmentInput).max(50, 'Tối đa 50 tệp đính kèm một bài.'),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleFields = z.output<typeof articleInputSchema>;
