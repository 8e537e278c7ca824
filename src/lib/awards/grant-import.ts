// The annexed list of an award decision from a spreadsheet, checked row by row before
// anything is stored: each row becomes a grant or carries its errors (an empty name, an
// unknown award, a class the award does not have, an award not given to that kind of
// recipient, a year still to come, the same name and award twice in the decision, an
// unknown commune). The decision's list is replaced only when no row has an error.
import { foldVietnamese } from '@/lib/text/normalize';
import { readColumns, type HeaderNames } from '@/lib/uploads/table-columns';
import { candidateAwardErrors, isYes, matchAward, parseAwardClass, parseRecipientKind, type AwardRule, type RecipientKind } from '@/lib/consultations/award-rules';
import { matchUnit, type UnitRef } from './units';

export type PublishLevel = 'FULL' | 'NAME_UNIT' | 'HIDDEN';

export type GrantDraft = {
  kind: RecipientKind;
  name: string;
  jobTitle: string;
  unit: string;
  communeCode: string | null;
  awardTypeId: number;
  awardClass: string | null;
  posthumous: boolean;
  citation: string;
  achievementYear: number;
  publishLevel: PublishLevel;
};

type Column = 'kind' | 'name' | 'jobTitle' | 'unit' | 'commune' | 'award' | 'awardClass' | 'posthumous' | 'year' | 'citation' | 'publish';

export type GrantRow = { line: number; cells: Record<Column, string>; grant: GrantDraft | null; errors: string[] };

export const GRANT_LIMITS = { name: 200, jobTitle: 200, unit: 300, citation: 500, rows: 5000 } as const;

const HEADERS: HeaderNames<Column> = [
  ['kind', ['loai', 'doi tuong']],
  ['name', ['ho va ten', 'ho ten', 'ten ca nhan', 'ten tap the', 'ten']],
  ['jobTitle', ['chuc vu', 'chuc danh']],
  ['unit', ['don vi', 'co quan', 'noi cong tac']],
  ['commune', ['xa', 'phuong', 'dia ban', 'noi cu tru']],
  ['award', ['hinh thuc', 'danh hieu']],
  ['awardClass', ['hang']],
  ['posthumous', ['truy tang']],
  ['year', ['nam']],
  ['citation', ['thanh tich', 'ly do', 'da co thanh tich']],
  ['publish', ['cong bo', 'muc cong bo']],
];

export const GRANT_HEADERS: Record<Column, string> = {
  kind: 'Loại (cá nhân/tập thể/hộ gia đình)',
  name: 'Họ và tên / Tên tập thể',
  jobTitle: 'Chức vụ',
  unit: 'Đơn vị',
  commune: 'Xã/phường',
  award: 'Hình thức',
  awardClass: 'Hạng',
  posthumous: 'Truy tặng',
  year: 'Năm thành tích',
  citation: 'Thành tích',
  publish: 'Công bố (đầy đủ/tên và đơn vị/ẩn)',
};

/** What a list needs at least; the others are optional. */
export const REQUIRED_GRANT_HEADERS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Hạng', 'Xã/phường'];

// A list without a kind column: names that begin like these are collectives or households,
// any other is a person (the preview shows which, and a kind column overrides it).
const COLLECTIVE =
  /^(tap the|phong|so|cuc|chi cuc|truong|trung tam|cong ty|tong cong ty|chi nhanh|ubnd|uy ban|hoi dong|hoi|hop tac xa|htx|chi bo|dang bo|cong an|benh vien|tram y te|ban chi huy|ban quan ly|xi nghiep|nha may|thon|ap|khu pho|to dan pho|van phong|lien doan|mat tran|doan thanh nien|cau lac bo|clb|thu vien|kho bac|vien|lop|khoa|dai doi|tieu doan|trung doan|bo chi huy|nha van hoa)\b/;
const HOUSEHOLD = /^(ho gia dinh|ho ong|ho ba|gia dinh ong|gia dinh ba)\b/;

export function inferKind(name: string): RecipientKind {
  const folded = foldVietnamese(name).trim();
  if (HOUSEHOLD.test(folded)) return 'HOUSEHOLD';
  return COLLECTIVE.test(folded) ? 'COLLECTIVE' : 'INDIVIDUAL';
}

export function parsePublishLevel(text: string): PublishLevel | null {
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  if (/^(day du|cong khai|full)$/.test(folded)) return 'FULL';
  if (/^(ten va don vi|ten, don vi|ten don vi|chi ten va don vi)$/.test(folded)) return 'NAME_UNIT';
  if (/^(an|khong cong bo|khong)$/.test(folded)) return 'HIDDEN';
  return null;
}

export type GrantImportContext = {
  awards: AwardRule[];
  units: UnitRef[];
  /** The decision's year of achievement: a row without a year takes it. */
  achievementYear: number;
  /** The current year in Vietnam: a later year is refused. */
  thisYear: number;
  /** What a person's grant shows when the row does not say (from settings); collectives show everything. */
  defaultPublishLevel: PublishLevel;
  /** The decision's date ("YYYY-MM-DD"): the award must be in force then. */
  issuedOn?: string;
};

/** Reads the table: the header row is the first with a name and an award column. */
export function checkGrantRows(table: string[][], context: GrantImportContext): { rows: GrantRow[]; error: string | null } {
  const read = readColumns(table, HEADERS, ['name', 'award'], ['citation']);
  if (!read) return { rows: [], error: `Không thấy dòng tiêu đề. Bảng cần có các cột: ${REQUIRED_GRANT_HEADERS.join(', ')}.` };
  if (read.length === 0) return { rows: [], error: 'Bảng không có dòng nào dưới dòng tiêu đề.' };
  if (read.length > GRANT_LIMITS.rows) return { rows: [], error: `Một quyết định có tối đa ${GRANT_LIMITS.rows.toLocaleString('vi-VN')} dòng; tệp có ${read.length.toLocaleString('vi-VN')} dòng.` };
  const seen = new Map<string, number>();
  const rows = read.map(({ line, cells }) => {
    const { grant, errors } = checkRow(cells, context);
    if (grant) {
      // The same name is the same letters, diacritics included ("Lê Văn Tâm" is not "Lê Văn Tám"), whatever the case.
      const key = `${grant.name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ')}|${grant.awardTypeId}`;
      const first = seen.get(key);
      if (first !== undefined) errors.push(`Trùng với dòng ${first}: cùng tên và hình thức khen thưởng trong một quyết định.`);
      else seen.set(key, line);
    }
    return { line, cells, grant: errors.length > 0 ? null : grant, errors };
  });
  return { rows, error: null };
}

function checkRow(cells: Record<Column, string>, context: GrantImportContext): { grant: GrantDraft | null; errors: string[] } {
  const errors: string[] = [];
  if (!cells.name) errors.push('Thiếu họ và tên (hoặc tên tập thể).');
  for (const field of ['name', 'jobTitle', 'unit', 'citation'] as const) {
    if (cells[field].length > GRANT_LIMITS[field]) errors.push(`${GRANT_HEADERS[field]} dài quá ${GRANT_LIMITS[field]} ký tự.`);
  }
  const kind = cells.kind ? parseRecipientKind(cells.kind) : inferKind(cells.name);
  if (!kind) errors.push(`Loại "${cells.kind}" không rõ; ghi cá nhân, tập thể hoặc hộ gia đình.`);
  const match = matchAward(cells.award, context.awards);
  if (!match) errors.push(cells.award ? `Không có hình thức khen thưởng "${cells.award}" trong danh mục.` : 'Thiếu hình thức khen thưởng.');
  const awardClass = cells.awardClass ? parseAwardClass(cells.awardClass) : (match?.awardClass ?? null);
  const posthumous = isYes(cells.posthumous);
  if (match && kind) errors.push(...candidateAwardErrors(match.award, { kind, awardClass, posthumous }, context.issuedOn));

  let achievementYear = context.achievementYear;
  if (cells.year) {
    const year = /^\d{4}$/.test(cells.year) ? Number(cells.year) : NaN;
    if (!Number.isInteger(year) || year < 1945) errors.push(`Năm "${cells.year}" không hợp lệ; ghi bốn chữ số, ví dụ ${context.thisYear - 1}.`);
    else if (year > context.thisYear) errors.push(`Năm thành tích ${year} chưa tới.`);
    else achievementYear = year;
  }

  let communeCode: string | null = null;
  if (cells.commune) {
    const found = matchUnit(cells.commune, context.units);
    if ('error' in found) errors.push(found.error);
    else communeCode = found.unit.code;
  }

  let publishLevel: PublishLevel = kind === 'COLLECTIVE' ? 'FULL' : context.defaultPublishLevel;
  if (cells.publish) {
    const level = parsePublishLevel(cells.publish);
    if (!level) errors.push(`Mức công bố "${cells.publish}" không rõ; ghi đầy đủ, tên và đơn vị, hoặc ẩn.`);
    else publishLevel = level;
  }

  if (errors.length > 0 || !match || !kind) return { grant: null, errors };
  return {
    grant: {
      kind,
      name: cells.name,
      jobTitle: cells.jobTitle,
      unit: cells.unit,
      communeCode,
      awardTypeId: match.award.id,
      awardClass,
      posthumous,
      citation: cells.citation,
      achievementYear,
      publishLevel,
    },
    errors,
  };
}
