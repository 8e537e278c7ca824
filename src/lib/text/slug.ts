import { foldVietnamese } from './normalize';

export const MAX_SLUG_LENGTH = 120;

/**
 * "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023"
 *   → "hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2023"
 * NFD alone keeps "đ", so it is mapped explicitly (in foldVietnamese).
 */
export function slugify(value: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}

export function isSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
