import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

// Vietnam has no daylight saving time; the offset is always +07:00.
export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';
const inVietnam = { in: tz(VIETNAM_TZ) };

/** "16:43 27/04/2024", in Vietnam time whatever the server's zone. */
export function formatVietnamTime(date: Date | string): string {
  return format(new Date(date), 'HH:mm dd/MM/yyyy', inVietnam);
}

/** "27/04/2024" */
export function formatVietnamDate(date: Date | string): string {
  return format(new Date(date), 'dd/MM/yyyy', inVietnam);
}

/** "2024-04-27T16:43:00+07:00": ISO 8601 with the Vietnam offset, for datetime and JSON-LD. */
export function isoVietnam(date: Date | string): string {
  return format(new Date(date), "yyyy-MM-dd'T'HH:mm:ssXXX", inVietnam);
}

/** RFC 822 date for RSS, e.g. "Sat, 27 Apr 2024 16:43:00 +0700". */
export function rfc822Vietnam(date: Date | string): string {
  const d = new Date(date);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const local = new Date(d.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0700`;
}
