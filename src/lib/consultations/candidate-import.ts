// A candidate list from a spreadsheet, checked row by row before anything is imported:
// each row either becomes a candidate or carries its errors (unknown award, a class the
// award does not have, a collective-only award for a person, an empty name). The editor
// sees every row and imports only when no row has errors left (or skips those rows).
import { cleanLine, foldVietnamese } from '@/lib/text/normalize';
import { candidateAwardErrors, matchAward, parseAwardClass, type AwardRule, type RecipientKind } from './award-rules';

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
const HEADERS: [Column, string[]][] = [
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

function columnOf(header: string): Column | null {
  const folded = foldVietnamese(header).replace(/\s+/g, ' ').trim();
  if (!folded || folded === 'stt' || folded === 'tt') return null;
  for (const [column, names] of HEADERS) if (names.some((name) => folded.startsWith(name))) return column;
  return null;
}

function parseKind(text: string): RecipientKind | null {
  const folded = foldVietnamese(text).trim();
  if (/^(ca nhan|cn)$/.test(folded)) return 'INDIVIDUAL';
  if (/^(tap the|tt)$/.test(folded)) return 'COLLECTIVE';
  if (/^(ho gia dinh|hgd|ho)$/.test(folded)) return 'HOUSEHOLD';
  return null;
}

const YES = /^(x|co|1|true|truy tang|dung)$/;

/** Reads the table: the header row is the first with a name and an award column. */
export function checkCandidateRows(table: string[][], awards: AwardRule[], on?: string): { rows: ImportRow[]; error: string | null } {
  const headerIndex = table.findIndex((row) => {
    const columns = row.map(columnOf);
    return columns.includes('name') && columns.includes('award');
  });
  if (headerIndex < 0) {
    return { rows: [], error: `Không thấy dòng tiêu đề. Bảng cần có các cột: ${Object.values(IMPORT_HEADERS).join('; ')}.` };
  }
  const columns = table[headerIndex].map(columnOf);
  const rows: ImportRow[] = [];
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const raw = table[index];
    if (raw.every((cell) => cleanLine(cell ?? '') === '')) continue;
    const cells = Object.fromEntries(Object.keys(IMPORT_HEADERS).map((c) => [c, ''])) as Record<Column, string>;
    columns.forEach((column, i) => {
      if (column && !cells[column]) cells[column] = column === 'achievementSummary' ? (raw[i] ?? '').normalize('NFC').trim() : cleanLine(raw[i] ?? '');
    });
    rows.push({ line: index + 1, cells, ...checkRow(cells, awards, on) });
  }
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
  const kind = parseKind(cells.kind);
  if (!kind) errors.push(cells.kind ? `Loại "${cells.kind}" không rõ; ghi cá nhân, tập thể hoặc hộ gia đình.` : 'Thiếu loại: cá nhân, tập thể hoặc hộ gia đình.');
  const match = matchAward(cells.award, awards);
  if (!match) errors.push(cells.award ? `Không có hình thức khen thưởng "${cells.award}" trong danh mục.` : 'Thiếu hình thức khen thưởng.');
  const awardClass = cells.awardClass ? parseAwardClass(cells.awardClass) : (match?.awardClass ?? null);
  const posthumous = YES.test(foldVietnamese(cells.posthumous).trim());
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
