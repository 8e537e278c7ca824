import { z } from 'zod';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { isSlug, slugify } from '@/lib/text/slug';
import { CANDIDATE_LIMITS } from './candidate-import';

// What the newsroom's consultation form and candidate list send, checked with Vietnamese
// messages. The rules of the taxonomy (classes, recipients, the window's floor) are
// checked against the database's award rows in consultation-store.ts.

const line = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const consultationSchema = z.object({
  title: line(300, 'Tiêu đề').pipe(z.string().min(10, 'Tiêu đề cần ít nhất 10 ký tự.')),
  slug: z
    .string()
    .transform((value) => cleanLine(value))
    .refine((value) => value === '' || isSlug(slugify(value)), 'Đường dẫn chỉ gồm chữ không dấu, số và dấu gạch ngang.'),
  summary: z
    .string()
    .transform((value) => nfc(value).replace(/\s+/g, ' ').trim())
    .refine((value) => words(value) <= 100, 'Tóm tắt tối đa 100 từ.'),
  legalBasis: line(1000, 'Căn cứ'),
  proposingBody: line(300, 'Cơ quan đề nghị'),
  proposalRef: line(300, 'Văn bản đề nghị'),
  opensAt: z
    .string()
    .transform((value, ctx) => {
      const parsed = parseVietnamDateTime(value);
      if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Thời điểm mở không đúng dạng (ví dụ: 05/06/2026 08:00).' });
        return z.NEVER;
      }
      return parsed;
    }),
  workingDays: z.coerce.number({ error: 'Số ngày làm việc phải là một số.' }).int('Số ngày làm việc phải là số nguyên.').min(1, 'Ít nhất 1 ngày làm việc.').max(60, 'Tối đa 60 ngày làm việc.'),
  countPostingDay: z.boolean(),
  receivingUnit: line(300, 'Nơi nhận'),
  postalAddress: line(300, 'Địa chỉ'),
  email: line(254, 'Thư điện tử').pipe(z.union([z.literal(''), z.string().email('Thư điện tử không đúng dạng.')])),
  phone: line(40, 'Điện thoại'),
  contactPerson: line(200, 'Người liên hệ'),
});

export type ConsultationInput = z.output<typeof consultationSchema>;
export type ConsultationFields = z.input<typeof consultationSchema>;

export const candidateSchema = z.object({
  kind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], { error: 'Chọn cá nhân, tập thể hoặc hộ gia đình.' }),
  name: line(CANDIDATE_LIMITS.name, 'Họ và tên').pipe(z.string().min(1, 'Thiếu họ và tên (hoặc tên tập thể).')),
  jobTitle: line(CANDIDATE_LIMITS.jobTitle, 'Chức vụ'),
  unit: line(CANDIDATE_LIMITS.unit, 'Đơn vị'),
  commune: line(CANDIDATE_LIMITS.commune, 'Xã, phường'),
  awardTypeId: z.coerce.number({ error: 'Chọn hình thức khen thưởng.' }).int().positive('Chọn hình thức khen thưởng.'),
  awardClass: z
    .string()
    .nullable()
    .transform((value) => (value ? cleanLine(value) : null)),
  posthumous: z.boolean(),
  achievementSummary: z
    .string()
    .transform((value) => nfc(value).trim())
    .pipe(z.string().max(CANDIDATE_LIMITS.achievementSummary, `Tóm tắt thành tích: tối đa ${CANDIDATE_LIMITS.achievementSummary} ký tự.`)),
});

export type CandidateInput = z.output<typeof candidateSchema>;

/** Field errors of a zod failure, by the first element of each issue's path. */
export function issuesByField(issues: { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
  return errors;
}
