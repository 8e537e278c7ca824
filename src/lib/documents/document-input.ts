import { z } from 'zod';
import { parseDay } from '@/lib/awards/decision-input';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { DOCUMENT_TYPES } from './document-labels';

// What the newsroom's document form sends, checked with Vietnamese messages per field.

const line = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));
const required = (max: number, label: string, missing: string) => line(max, label).pipe(z.string().min(1, missing));

/**
 * A number as documents print it: digits, then parts after "/" or "-": "98/2023/NĐ-CP",
 * "163/QĐ-UBND", "06/2022/QH15", "1234/UBND-VX". A leading "Số" is dropped.
 */
export const DOCUMENT_NUMBER = /^\d+\p{L}?(?:[/-][\p{L}\d.]+)+$/u;

export function cleanNumber(value: string): string {
  return cleanLine(value)
    .replace(/^số\s*/iu, '')
    .replace(/\s*([/-])\s*/g, '$1');
}

function readDay(value: string, label: string, ctx: z.RefinementCtx): string | null | undefined {
  const parsed = parseDay(value);
  if (parsed === undefined) ctx.addIssue({ code: 'custom', message: `${label[0].toUpperCase()}${label.slice(1)} không đúng dạng (ví dụ: 02/03/2026).` });
  return parsed;
}

const day = (label: string) =>
  z.string().transform((value, ctx): string => {
    const parsed = parseDay(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: parsed === null ? `Nhập ${label}.` : `${label[0].toUpperCase()}${label.slice(1)} không đúng dạng (ví dụ: 02/03/2026).` });
      return z.NEVER;
    }
    return parsed;
  });

const optionalDay = (label: string) => z.string().transform((value, ctx): string | null => readDay(value, label, ctx) ?? null);

const web = z
  .string()
  .transform((value) => value.trim())
  .refine((value) => value === '' || (/^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value)), 'Địa chỉ cần bắt đầu bằng https:// (ví dụ: https://vbpl.vn/…).')
  .pipe(z.string().max(500, 'Địa chỉ: tối đa 500 ký tự.'));

/** `today` is the Vietnam date: a document is not signed in the future. */
export function documentSchema(today: string) {
  return z
    .object({
      number: z
        .string()
        .transform(cleanNumber)
        .pipe(z.string().min(1, 'Nhập số ký hiệu, ví dụ 98/2023/NĐ-CP.').max(60, 'Số ký hiệu: tối đa 60 ký tự.'))
        .refine((value) => DOCUMENT_NUMBER.test(value), 'Số ký hiệu không đúng dạng: số, rồi ký hiệu sau dấu "/", ví dụ 98/2023/NĐ-CP hoặc 163/QĐ-UBND.'),
      type: z.enum(DOCUMENT_TYPES as [string, ...string[]], { error: 'Chọn loại văn bản.' }),
      issuer: required(300, 'Cơ quan ban hành', 'Nhập cơ quan ban hành.'),
      signerName: line(200, 'Người ký'),
      signerTitle: line(200, 'Chức vụ người ký'),
      issuedOn: day('ngày ban hành').refine((value) => value <= today, 'Ngày ban hành không thể ở tương lai.').refine((value) => value >= '1945-09-02', 'Ngày ban hành không hợp lệ.'),
      effectiveFrom: day('ngày có hiệu lực'),
      effectiveTo: optionalDay('ngày hết hiệu lực'),
      summary: z
        .string()
        .transform((value) => nfc(value).replace(/\s+/g, ' ').trim())
        .pipe(z.string().min(10, 'Trích yếu cần ít nhất 10 ký tự.').max(1000, 'Trích yếu: tối đa 1.000 ký tự.')),
      field: line(200, 'Lĩnh vực'),
      scope: z.enum(['CENTRAL', 'PROVINCIAL'], { error: 'Chọn phạm vi: Trung ương hoặc Tỉnh.' }),
      externalUrl: web,
    })
    .superRefine((value, ctx) => {
      if (value.effectiveFrom < value.issuedOn) ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'Ngày có hiệu lực không thể trước ngày ban hành.' });
      if (value.effectiveTo && value.effectiveTo <= value.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
    });
}

export type DocumentFields = z.input<ReturnType<typeof documentSchema>>;
export type DocumentInput = z.output<ReturnType<typeof documentSchema>>;

export const RELATION_KINDS = ['REPLACES', 'AMENDS', 'GUIDES', 'REPEALS'] as const;

export const relationSchema = z.object({
  toId: z.coerce.number({ error: 'Chọn văn bản.' }).int().positive('Chọn văn bản.'),
  kind: z.enum(RELATION_KINDS, { error: 'Chọn quan hệ.' }),
  partial: z.boolean(),
  note: line(300, 'Ghi chú'),
});

export type RelationFields = z.input<typeof relationSchema>;
