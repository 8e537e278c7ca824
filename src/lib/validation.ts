import { z } from 'zod';
import { AppError } from './errors';
import { cleanLine } from './text/normalize';

/** zod issues → { "title": ["Vui lòng nhập tiêu đề."], "photos.0.alt": [...] } */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The parsed input, or a "bad_request" whose field errors the form shows beside each field. */
export function parseFields<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: fieldErrorsOf(result.error) });
  return result.data;
}

/** A database id: a positive whole number that fits PostgreSQL's integer. */
export const dbId = z
  .number({ error: 'Mã không hợp lệ.' })
  .int('Mã không hợp lệ.')
  .positive('Mã không hợp lệ.')
  .max(2_147_483_647, 'Mã không hợp lệ.');

/** A required one-line text of a workflow step (a reason, a comment, a note): a field error when empty or longer than `max`. */
export function requiredText(value: string | undefined, field: string, message: string, max = 2000): string {
  const text = cleanLine(value ?? '');
  if (!text) throw new AppError('bad_request', message, { fieldErrors: { [field]: [message] } });
  if (text.length > max) throw new AppError('bad_request', `Tối đa ${max} ký tự.`, { fieldErrors: { [field]: [`Tối đa ${max} ký tự.`] } });
  return text;
}
