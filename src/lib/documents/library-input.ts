import { z } from 'zod';
import { cleanLine } from '@/lib/text/normalize';

// The forms library and the procedure links, as the newsroom's forms send them.

const line = (max: number, label: string) => z.string().transform(cleanLine).pipe(z.string().max(max, `${label}: tối đa ${max} ký tự.`));
const required = (max: number, label: string, missing: string) => line(max, label).pipe(z.string().min(1, missing));
const position = z.coerce.number({ error: 'Thứ tự phải là một số.' }).int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự không âm.').max(9999, 'Thứ tự tối đa 9999.');

export const formSchema = z.object({
  code: required(60, 'Ký hiệu mẫu', 'Nhập ký hiệu mẫu, ví dụ: Mẫu số 01.'),
  title: required(300, 'Tên biểu mẫu', 'Nhập tên biểu mẫu.'),
  sourceDocumentId: z
    .string()
    .transform((value) => (value.trim() === '' ? null : Number(value)))
    .refine((value) => value === null || (Number.isInteger(value) && value > 0), 'Chọn văn bản ban hành biểu mẫu.'),
  position,
});

export type FormFields = z.input<typeof formSchema>;

/** The National Public Service Portal: a procedure's page is there, or nowhere. */
export const NATIONAL_PORTAL_HOST = 'dichvucong.gov.vn';

export function isNationalPortalUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && (url.hostname === NATIONAL_PORTAL_HOST || url.hostname.endsWith(`.${NATIONAL_PORTAL_HOST}`));
}

export const procedureSchema = z.object({
  name: required(300, 'Tên thủ tục', 'Nhập tên thủ tục.'),
  nationalCode: required(40, 'Mã thủ tục', 'Nhập mã thủ tục trên Cổng Dịch vụ công quốc gia, ví dụ 1.000775.').refine(
    (value) => /^\d{1,2}\.\d{6}(?:\.[0-9A-Za-z.]+)?$/.test(value),
    'Mã thủ tục có dạng 1.000775 (như trên Cổng Dịch vụ công quốc gia).',
  ),
  url: z
    .string()
    .transform((value) => value.trim())
    .refine((value) => value === '' || isNationalPortalUrl(value), `Địa chỉ phải là trang của thủ tục trên Cổng Dịch vụ công quốc gia (https://${NATIONAL_PORTAL_HOST}/…).`)
    .pipe(z.string().max(500, 'Địa chỉ: tối đa 500 ký tự.')),
  level: z.enum(['PROVINCIAL', 'COMMUNE'], { error: 'Chọn cấp thực hiện.' }),
  internal: z.boolean(),
  agency: line(300, 'Cơ quan thực hiện'),
  resultType: line(300, 'Kết quả thực hiện'),
  timeLimitText: line(300, 'Thời hạn giải quyết'),
  position,
});

export type ProcedureFields = z.input<typeof procedureSchema>;
