import { z } from 'zod';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine, nfc } from '@/lib/text/normalize';

// What the newsroom's decision form sends, checked with Vietnamese messages. The list of
// grants is checked by grant-import.ts against the taxonomy and the communes.

const line = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));
const required = (max: number, label: string, missing: string) => line(max, label).pipe(z.string().min(1, missing));

/** "02/03/2026" (or "2026-03-02") → "2026-03-02"; undefined when it is not a real date. */
export function parseDay(text: string): string | null | undefined {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseDay(value.split('-').reverse().join('/'));
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) return value === '' ? null : undefined;
  const moment = parseVietnamDateTime(value);
  return moment ? vietnamDateOf(moment) : undefined;
}

const day = (label: string) =>
  z.string().transform((value, ctx) => {
    const parsed = parseDay(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: parsed === null ? `Nhập ${label}.` : `${label[0].toUpperCase()}${label.slice(1)} không đúng dạng (ví dụ: 02/03/2026).` });
      return z.NEVER;
    }
    return parsed;
  });

export const DECISION_LEVELS = ['STATE', 'PROVINCIAL', 'GRASSROOTS'] as const;

/** `today` is the Vietnam date: a decision is not dated in the future, nor an achievement year to come. */
export function decisionSchema(today: string) {
  const thisYear = Number(today.slice(0, 4));
  return z.object({
    number: required(60, 'Số ký hiệu', 'Nhập số ký hiệu, ví dụ 163/QĐ-UBND.').refine((value) => /\d/.test(value), 'Số ký hiệu cần có số, ví dụ 163/QĐ-UBND.'),
    issuedOn: day('ngày ký').refine((value) => value <= today, 'Ngày ký không thể ở tương lai.').refine((value) => value >= '1945-09-02', 'Ngày ký không hợp lệ.'),
    issuer: required(300, 'Cơ quan ban hành', 'Nhập cơ quan ban hành.'),
    signerName: line(200, 'Người ký'),
    signerTitle: line(200, 'Chức vụ người ký'),
    summary: z
      .string()
      .transform((value) => nfc(value).replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(10, 'Trích yếu cần ít nhất 10 ký tự.').max(1000, 'Trích yếu: tối đa 1.000 ký tự.')),
    achievementYear: z.coerce
      .number({ error: 'Năm thành tích phải là một số.' })
      .int('Năm thành tích phải là số nguyên.')
      .min(1945, 'Năm thành tích không hợp lệ.')
      .max(thisYear, `Năm thành tích không thể sau ${thisYear}.`),
    level: z.enum(DECISION_LEVELS, { error: 'Chọn cấp khen thưởng.' }),
  });
}

export type DecisionFields = z.input<ReturnType<typeof decisionSchema>>;
export type DecisionInput = z.output<ReturnType<typeof decisionSchema>>;
