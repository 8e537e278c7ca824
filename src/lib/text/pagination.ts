export const PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

/**
 * `?trang=` as typed by anyone: a whole number from 1 to MAX_PAGE, or null when it is
 * not one (the page then answers 404 rather than guessing).
 */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === '') return 1;
  if (!/^\d{1,6}$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : null;
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
