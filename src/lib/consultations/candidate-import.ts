// A candidate list from a spreadsheet, checked row by row before anything is imported:
// each row either becomes a candidate or carries its errors (unknown award, a class the
// award does not have, a collective-only award for a person, an empty name). The editor
// sees every row and imports only when no row has errors left (or skips those rows).
import { readColumns, type HeaderNames } from '@/lib/uploads/table-columns';
import { candidateAwardErrors, isYes, matchAward, parseAwardClass, parseRecipientKind, type AwardRule, type RecipientKind } from './award-rules';

export type CandidateDraft = {
  kind: RecipientKind;
  name: string;
  jobTitle: string;
  unit: string;
  commune: string;
  awardTypeId: number;
  awardClass: string | null;
  posthumous: boolean;
  achievementSummary: string;
};

export type ImportRow = { line: number; cells: Record<Column, string>; candidate: CandidateDraft | null; errors: string[] };

export const CANDIDATE_LIMITS = { name: 200, jobTitle: 200, unit: 300, commune: 200, achievementSummary: 1000, rows: 500 } as const;

type Column = 'kind' | 'name' | 'jobTitle' | 'unit' | 'commune' | 'award' | 'awardClass' | 'posthumous' | 'achievementSummary';

/** Headers people write, folded (no diacritics, lower case); a header matches the first that it starts with. */
const HEADERS: HeaderNames<Column> = [
  ['kind', ['loai', 'doi tuong', 'ca nhan/tap the']],
  ['name', ['ho va ten', 'ho ten', 'ten ca nhan', 'ten tap the', 'ten']],
  ['jobTitle', ['chuc vu', 'chuc danh']],
  ['unit', ['don vi', 'co quan']],
  ['commune', ['xa', 'phuong', 'dia ban', 'noi cu tru']],
  ['award', ['hinh thuc', 'danh hieu', 'khen thuong de nghi', 'de nghi']],
  ['awardClass', ['hang']],
  ['posthumous', ['truy tang']],
  ['achievementSummary', ['tom tat thanh tich', 'thanh tich']],
];

export const IMPORT_HEADERS: Record<Column, string> = {
  kind: 'Loại (cá nhân/tập thể/hộ gia đình)',
  name: 'Họ và tên / Tên tập thể',
  jobTitle: 'Chức vụ',
  unit: 'Đơn vị',
  commune: 'Xã, phường',
  award: 'Hình thức khen thưởng',
  awardClass: 'Hạng',
  posthumous: 'Truy tặng',
  achievementSummary: 'Tóm tắt thành tích',
};

/** Reads the table: the header row is the first with a name and an award column. */
export function checkCandidateRows(table: string[][], awards: AwardRule[], on?: string): { rows: ImportRow[]; error: string | null } {
  const read = readColumns(table, HEADERS, ['name', 'award'], ['achievementSummary']);
  if (!read) {
    return { rows: [], error: `Không thấy dòng tiêu đề. Bảng cần có các cột: ${Object.values(IMPORT_HEADERS).join('; ')}.` };
  }
  const rows: ImportRow[] = read.map(({ line, cells }) => ({ line, cells, ...checkRow(cells, awards, on) }));
  if (rows.length > CANDIDATE_LIMITS.rows) return { rows: [], error: `Một danh sách có tối đa ${CANDIDATE_LIMITS.rows} người, tập thể; tệp có ${rows.length} dòng.` };
  if (rows.length === 0) return { rows, error: 'Bảng không có dòng nào dưới dòng tiêu đề.' };
  return { rows, error: null };
}

function checkRow(cells: Record<Column, string>, awards: AwardRule[], on?: string): { candidate: CandidateDraft | null; errors: string[] } {
  const errors: string[] = [];
  if (!cells.name) errors.push('Thiếu họ và tên (hoặc tên tập thể).');
  for (const field of ['name', 'jobTitle', 'unit', 'commune', 'achievementSummary'] as const) {
    if (cells[field].length > CANDIDATE_LIMITS[field]) errors.push(`${IMPORT_HEADERS[field]} dài quá ${CANDIDATE_LIMITS[field]} ký tự.`);
  }
  const kind = parseRecipientKind(cells.kind);
  if (!kind) errors.push(cells.kind ? `Loại "${cells.kind}" không rõ; ghi cá nhân, tập thể hoặc hộ gia đình.` : 'Thiếu loại: cá nhân, tập thể hoặc hộ gia đình.');
  const match = matchAward(cells.award, awards);
  if (!match) errors.push(cells.award ? `Không có hình thức khen thưởng "${cells.award}" trong danh mục.` : 'Thiếu hình thức khen thưởng.');
  const awardClass = cells.awardClass ? parseAwardClass(cells.awardClass) : (match?.awardClass ?? null);
  const posthumous = isYes(cells.posthumous);
  if (match && kind) errors.push(...candidateAwardErrors(match.award, { kind, awardClass, posthumous }, on));
  if (errors.length > 0 || !match || !kind) return { candidate: null, errors };
  return {
    candidate: {
      kind,
      name: cells.name,
      jobTitle: cells.jobTitle,
      unit: cells.unit,
      commune: cells.commune,
      awardTypeId: match.award.id,
      awardClass,
      posthumous,
      achievementSummary: cells.achievementSummary,
    },
    errors,
  };
}
