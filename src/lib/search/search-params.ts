import { isSlug } from '@/lib/text/slug';
import { parsePage } from '@/lib/text/pagination';

export type SearchParams = Record<string, string | string[] | undefined>;

export type SearchRequest = {
  q: string;
  section: string | null;
  tag: string | null;
  /** Vietnam calendar days as typed (dd/MM/yyyy), and the instants they bound. */
  fromText: string;
  toText: string;
  from: Date | null;
  to: Date | null;
  page: number;
  errors: string[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** dd/MM/yyyy (d/M/yyyy too) → midnight of that day in Vietnam, or null if not a real date. */
export function parseVietnamDate(text: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (year < 1900 || year > 2100 || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return new Date(utc - 7 * 3600_000);
}

/** The search page's query string, read leniently: bad parts become messages, never errors. */
export function parseSearchRequest(params: SearchParams): SearchRequest {
  const errors: string[] = [];
  const sectionText = first(params['chuyen-muc']);
  const tagText = first(params['the']);
  const fromText = first(params['tu-ngay']).trim().slice(0, 20);
  const toText = first(params['den-ngay']).trim().slice(0, 20);
  let from: Date | null = null;
  let to: Date | null = null;
  if (fromText) {
    from = parseVietnamDate(fromText);
    if (!from) errors.push(`“Từ ngày” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/04/2024.`);
  }
  if (toText) {
    const day = parseVietnamDate(toText);
    if (!day) errors.push(`“Đến ngày” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/04/2024.`);
    else to = new Date(day.getTime() + 24 * 3600_000 - 1);
  }
  if (from && to && from > to) {
    errors.push('“Từ ngày” phải trước hoặc bằng “Đến ngày”.');
    from = to = null;
  }
  const page = parsePage(params.trang);
  if (page === null) errors.push('Số trang không hợp lệ; đang hiển thị trang 1.');
  return {
    q: first(params.q),
    section: isSlug(sectionText) ? sectionText : null,
    tag: isSlug(tagText) ? tagText : null,
    fromText,
    toText,
    from,
    to,
    page: page ?? 1,
    errors,
  };
}
