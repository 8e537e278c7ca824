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

/** A number as printed and its year: "163/QĐ-UBND" of 2024 → "163-qd-ubnd-2024"; "98/2023/NĐ-CP" → "98-2023-nd-cp". */
export function numberSlug(number: string, issuedOn: string): string {
  const base = slugify(number, 80);
  const year = issuedOn.slice(0, 4);
  return base.endsWith(`-${year}`) || base.includes(`-${year}-`) ? base : `${base}-${year}`;
}
