import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

// Vietnam has no daylight saving time; the offset is always +07:00. The functions a
// public page calls for every date shift by that offset and read UTC fields (a page lists
// dozens of dates, and a time-zone-aware formatter costs microseconds each);
// formatVietnamInput, for the editor's field, goes through date-fns with the zone.
export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';
const inVietnam = { in: tz(VIETNAM_TZ) };
const OFFSET_MS = 7 * 3600_000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The wall-clock fields of a moment in Vietnam. */
function vietnamFields(date: Date | string) {
  const local = new Date(new Date(date).getTime() + OFFSET_MS);
  return { year: local.getUTCFullYear(), month: pad(local.getUTCMonth() + 1), day: pad(local.getUTCDate()), hour: pad(local.getUTCHours()), minute: pad(local.getUTCMinutes()), second: pad(local.getUTCSeconds()) };
}

/** "16:43 27/04/2024", in Vietnam time whatever the server's zone. */
export function formatVietnamTime(date: Date | string): string {
  const f = vietnamFields(date);
  return `${f.hour}:${f.minute} ${f.day}/${f.month}/${f.year}`;
}

/** "27/04/2024" */
export function formatVietnamDate(date: Date | string): string {
  const f = vietnamFields(date);
  return `${f.day}/${f.month}/${f.year}`;
}

/** "2024-04-27T16:43:00+07:00": ISO 8601 with the Vietnam offset, for datetime and JSON-LD. */
export function isoVietnam(date: Date | string): string {
  const f = vietnamFields(date);
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}:${f.second}+07:00`;
}

/** RFC 822 date for RSS, e.g. "Sat, 27 Apr 2024 16:43:00 +0700". */
export function rfc822Vietnam(date: Date | string): string {
  const d = new Date(date);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const local = new Date(d.getTime() + OFFSET_MS);
  return `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0700`;
}

const VIETNAM_INPUT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A time typed in Vietnam time: "27/04/2024 16:43" (the editor's own format, whatever the
 * browser's language), "27/04/2024" (00:00), or "2024-04-27T16:43". Empty text is null;
 * text that is not a real date and time is undefined.
 */
export function parseVietnamDateTime(text: string): Date | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const vn = VIETNAM_INPUT.exec(value);
  const iso = vn ? null : ISO_LOCAL.exec(value);
  if (!vn && !iso) return undefined;
  const [year, month, day, hour, minute] = vn
    ? [Number(vn[3]), Number(vn[2]), Number(vn[1]), Number(vn[4] ?? 0), Number(vn[5] ?? 0)]
    : [Number(iso![1]), Number(iso![2]), Number(iso![3]), Number(iso![4]), Number(iso![5])];
  const date = new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
  const local = new Date(date.getTime() + 7 * 3600_000);
  const real = local.getUTCFullYear() === year && local.getUTCMonth() === month - 1 && local.getUTCDate() === day && hour < 24 && minute < 60;
  return real ? date : undefined;
}

/** "27/04/2024 16:43": how the editor shows a time in its field. */
export function formatVietnamInput(date: Date | string): string {
  return format(new Date(date), 'dd/MM/yyyy HH:mm', inVietnam);
}
