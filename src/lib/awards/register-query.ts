// The register's query string as anyone may type it (/tra-cuu-khen-thuong?q=&hinh-thuc=
// &hang=&nam=&xa=&doi-tuong=&cap=&trang=): every value checked, a wrong one dropped with a
// Vietnamese note, never an error page. The same parsing serves the page and its CSV, so
// both list the same rows.
import { matchAward, parseAwardClass, type AwardRule, type RecipientKind } from '@/lib/consultations/award-rules';
import { cleanLine } from '@/lib/text/normalize';
import { parsePage } from '@/lib/text/pagination';
import { nameWords } from './name-query';

export type Level = 'STATE' | 'PROVINCIAL' | 'GRASSROOTS';

export const KIND_PARAMS: Record<string, RecipientKind> = { 'ca-nhan': 'INDIVIDUAL', 'tap-the': 'COLLECTIVE', 'ho-gia-dinh': 'HOUSEHOLD' };
export const LEVEL_PARAMS: Record<string, Level> = { 'nha-nuoc': 'STATE', tinh: 'PROVINCIAL', 'co-so': 'GRASSROOTS' };

export type RegisterQuery = {
  /** The name typed, cleaned (shown back in the form). */
  text: string;
  words: string[];
  awardSlug: string | null;
  awardClass: string | null;
  year: number | null;
  unitCode: string | null;
  kind: RecipientKind | null;
  level: Level | null;
  page: number;
  /** Set when the text named an award ("huan chuong lao dong hang ba"): it became the award filter. */
  textWasAward: boolean;
  notes: string[];
};

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => cleanLine((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 200);

export function parseRegisterQuery(params: Params, context: { awards: Pick<AwardRule, 'id' | 'code' | 'name'>[]; awardSlugs: Map<number, string>; unitCodes: Set<string>; thisYear: number }): RegisterQuery {
  const notes: string[] = [];
  let text = one(params.q);
  let awardSlug = one(params['hinh-thuc']) || null;
  let awardClass = one(params.hang) ? parseAwardClass(one(params.hang)) : null;
  let textWasAward = false;
  if (awardSlug && ![...context.awardSlugs.values()].includes(awardSlug)) {
    notes.push('Hình thức khen thưởng đã chọn không có trong danh mục; đã bỏ bộ lọc này.');
    awardSlug = null;
  }
  // "Huân chương Lao động hạng Ba" typed in the name box means the award, not a person.
  if (text && !awardSlug) {
    const match = matchAward(text, context.awards);
    if (match) {
      awardSlug = context.awardSlugs.get(match.award.id) ?? null;
      awardClass = match.awardClass ?? awardClass;
      textWasAward = true;
      text = '';
    }
  }
  if (awardClass && !['Nhất', 'Nhì', 'Ba', 'Tư'].includes(awardClass)) {
    notes.push(`Không có hạng "${awardClass}"; đã bỏ bộ lọc hạng.`);
    awardClass = null;
  }
  const yearText = one(params.nam);
  let year: number | null = null;
  if (yearText) {
    if (/^\d{4}$/.test(yearText) && Number(yearText) >= 1945 && Number(yearText) <= context.thisYear) year = Number(yearText);
    else notes.push(`Năm "${yearText}" không hợp lệ; đã bỏ bộ lọc năm.`);
  }
  const unitText = one(params.xa);
  let unitCode: string | null = null;
  if (unitText) {
    if (context.unitCodes.has(unitText)) unitCode = unitText;
    else notes.push('Xã, phường đã chọn không có trong danh mục; đã bỏ bộ lọc này.');
  }
  const kindText = one(params['doi-tuong']);
  const kind = KIND_PARAMS[kindText] ?? null;
  if (kindText && !kind) notes.push('Đối tượng không hợp lệ; đã bỏ bộ lọc này.');
  const levelText = one(params.cap);
  const level = LEVEL_PARAMS[levelText] ?? null;
  if (levelText && !level) notes.push('Cấp khen thưởng không hợp lệ; đã bỏ bộ lọc này.');
  const words = nameWords(text);
  if (text && words.length === 0) notes.push('Tên cần có chữ hoặc số.');
  return { text, words, awardSlug, awardClass, year, unitCode, kind, level, page: parsePage(params.trang) ?? 1, textWasAward, notes };
}

/** The query string of a query (for links, pages and the CSV), without the page. */
export function registerParams(query: RegisterQuery): Record<string, string> {
  const byValue = <T>(map: Record<string, T>, value: T | null) => (value ? (Object.entries(map).find(([, v]) => v === value)?.[0] ?? '') : '');
  return {
    q: query.text,
    'hinh-thuc': query.awardSlug ?? '',
    hang: query.awardClass ?? '',
    nam: query.year ? String(query.year) : '',
    xa: query.unitCode ?? '',
    'doi-tuong': byValue(KIND_PARAMS, query.kind),
    cap: byValue(LEVEL_PARAMS, query.level),
  };
}

export const isEmptyQuery = (query: RegisterQuery) => !query.words.length && !query.awardSlug && !query.awardClass && !query.year && !query.unitCode && !query.kind && !query.level;
