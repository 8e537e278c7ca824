import { z } from 'zod';
import { nfc } from '@/lib/text/normalize';

// What a citizen sends with a comment, checked field by field with Vietnamese messages.

export const RESPONSE_LIMITS = { content: 5000, fullName: 200, address: 300, files: 3, fileBytes: 10 * 1024 * 1024 } as const;

const line = (max: number, label: string) =>
  z.string().transform((value) => nfc(value).replace(/\s+/g, ' ').trim()).pipe(z.string().max(max, `${label} dài quá ${max} ký tự.`));

const PHONE = /^(\+84|0)\d{9,10}$/;

export const responseSchema = z
  .object({
    formToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Biểu mẫu đã cũ; vui lòng tải lại trang.'),
    candidateId: z.string().regex(/^\d{0,9}$/, 'Người được góp ý không hợp lệ.').transform((value) => (value ? Number(value) : null)),
    fullName: line(RESPONSE_LIMITS.fullName, 'Họ và tên').pipe(z.string().min(1, 'Vui lòng nhập họ và tên.')),
    email: line(254, 'Thư điện tử').pipe(z.union([z.literal(''), z.string().email('Thư điện tử không đúng dạng (ví dụ: ten@example.vn).')])),
    phone: line(20, 'Số điện thoại')
      .transform((value) => value.replace(/[\s.()-]/g, ''))
      .pipe(z.union([z.literal(''), z.string().regex(PHONE, 'Số điện thoại không đúng dạng (ví dụ: 0912 345 678).')])),
    address: line(RESPONSE_LIMITS.address, 'Địa chỉ'),
    content: z
      .string()
      .transform((value) => nfc(value).replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().min(1, 'Vui lòng nhập nội dung góp ý.').max(RESPONSE_LIMITS.content, `Nội dung góp ý dài quá ${RESPONSE_LIMITS.content.toLocaleString('vi-VN')} ký tự.`)),
    consent: z.literal('dong-y', { error: 'Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi góp ý.' }),
  });

export type ResponseInput = z.output<typeof responseSchema>;

/** The input, or every field's errors at once (a way to reach the sender is one of them). */
export function parseResponse(fields: Record<string, string>): { data: ResponseInput } | { errors: Record<string, string[]> } {
  const parsed = responseSchema.safeParse(fields);
  const errors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  }
  if (!(fields.email ?? '').trim() && !(fields.phone ?? '').trim()) {
    (errors.email ??= []).push('Vui lòng để lại thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.');
  }
  return parsed.success && Object.keys(errors).length === 0 ? { data: parsed.data } : { errors };
}
export type ResponseFields = z.input<typeof responseSchema>;

export const RESPONSE_FIELDS = ['formToken', 'candidateId', 'fullName', 'email', 'phone', 'address', 'content', 'consent'] as const;

/** The text fields of a submitted form, as strings (missing ones empty). */
export function responseFieldsOf(form: FormData): Record<(typeof RESPONSE_FIELDS)[number], string> {
  return Object.fromEntries(RESPONSE_FIELDS.map((name) => [name, typeof form.get(name) === 'string' ? String(form.get(name)) : ''])) as Record<(typeof RESPONSE_FIELDS)[number], string>;
}

/** What a file's bytes say it is, among the three kinds a comment may carry. */
export function sniffResponseFile(bytes: Buffer): { mime: string; extension: string } | null {
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return { mime: 'application/pdf', extension: 'pdf' };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', extension: 'jpg' };
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { mime: 'image/png', extension: 'png' };
  return null;
}
