import { z } from 'zod';
import { nfc } from '@/lib/text/normalize';

// What a citizen sends with a question, checked field by field with Vietnamese messages.

export const QUESTION_FIELDS = ['Danh hiệu thi đua', 'Hình thức khen thưởng', 'Thủ tục, hồ sơ khen thưởng', 'Lấy ý kiến Nhân dân', 'Quỹ thi đua, khen thưởng', 'Lĩnh vực khác'] as const;

export const QUESTION_LIMITS = { fullName: 200, title: 200, content: 5000, answer: 10_000 } as const;

/** The consent given with a question, versioned like the consultations' (consent.ts). */
export const QUESTION_CONSENT = {
  version: '2026-12-02',
  text:
    'Tôi đồng ý để cơ quan xử lý họ tên, thông tin liên hệ và nội dung câu hỏi của tôi để trả lời. Câu hỏi và câu trả lời có thể được đăng trên cổng kèm họ tên; ' +
    'thư điện tử và số điện thoại không bao giờ được công bố, chỉ cán bộ trả lời được xem.',
} as const;

const line = (max: number, label: string) =>
  z.string().transform((value) => nfc(value).replace(/\s+/g, ' ').trim()).pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));
const text = (min: number, max: number, label: string) =>
  z
    .string()
    .transform((value) => nfc(value).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
    .pipe(z.string().min(min, `${label} cần ít nhất ${min} ký tự.`).max(max, `${label} dài quá ${max.toLocaleString('vi-VN')} ký tự.`));

const PHONE = /^(\+84|0)\d{9,10}$/;

const questionSchema = z.object({
  formToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Biểu mẫu đã cũ; vui lòng tải lại trang.'),
  fullName: line(QUESTION_LIMITS.fullName, 'Họ và tên').pipe(z.string().min(1, 'Vui lòng nhập họ và tên.')),
  email: line(254, 'Thư điện tử').pipe(z.union([z.literal(''), z.string().email('Thư điện tử không đúng dạng (ví dụ: ten@example.vn).')])),
  phone: line(20, 'Số điện thoại')
    .transform((value) => value.replace(/[\s.()-]/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(PHONE, 'Số điện thoại không đúng dạng (ví dụ: 0912 345 678).')])),
  field: z.enum(QUESTION_FIELDS, { error: 'Vui lòng chọn lĩnh vực của câu hỏi.' }),
  title: line(QUESTION_LIMITS.title, 'Tiêu đề').pipe(z.string().min(10, 'Tiêu đề cần ít nhất 10 ký tự.')),
  content: text(20, QUESTION_LIMITS.content, 'Nội dung câu hỏi'),
  consent: z.literal('dong-y', { error: 'Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi câu hỏi.' }),
});

export type QuestionInput = z.output<typeof questionSchema>;
export const QUESTION_FORM_FIELDS = ['formToken', 'fullName', 'email', 'phone', 'field', 'title', 'content', 'consent'] as const;

/** The input, or every field's errors at once (a way to reach the asker is one of them). */
export function parseQuestion(fields: Record<string, string>): { data: QuestionInput } | { errors: Record<string, string[]> } {
  const parsed = questionSchema.safeParse(fields);
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  }
  if (!(fields.email ?? '').trim() && !(fields.phone ?? '').trim()) (errors.email ??= []).push('Vui lòng để lại thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.');
  return parsed.success && Object.keys(errors).length === 0 ? { data: parsed.data } : { errors };
}

export const answerSchema = text(20, QUESTION_LIMITS.answer, 'Câu trả lời');
