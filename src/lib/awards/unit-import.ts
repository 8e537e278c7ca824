// The province's communes and wards from a spreadsheet (the list the province publishes
// after a reorganisation): each row a unit, current or former; a former one names the
// code of the unit it was merged into and its last day. Checked whole before anything is
// stored: unknown types, a merge into a code that is nowhere, a former unit without its
// last day, chains that loop.
import { foldVietnamese } from '@/lib/text/normalize';
import { readColumns, type HeaderNames } from '@/lib/uploads/table-columns';
import { parseDay } from './decision-input';

export type UnitType = 'COMMUNE' | 'WARD' | 'TOWNSHIP' | 'SPECIAL_ZONE' | 'DISTRICT' | 'TOWN';
export type UnitDraft = { code: string; name: string; type: UnitType; mergedIntoCode: string | null; validTo: string | null };

type Column = 'code' | 'name' | 'type' | 'mergedInto' | 'validTo';
export type UnitRow = { line: number; cells: Record<Column, string>; unit: UnitDraft | null; errors: string[] };

const HEADERS: HeaderNames<Column> = [
  ['code', ['ma']],
  ['name', ['ten']],
  ['type', ['loai', 'cap']],
  ['mergedInto', ['sap nhap vao', 'nhap vao', 'ma don vi moi', 'nay la']],
  ['validTo', ['het hieu luc', 'ngay ket thuc', 'den ngay']],
];

export const UNIT_HEADERS = 'Mã; Tên; Loại (xã, phường, thị trấn, đặc khu); Sáp nhập vào (mã đơn vị mới, với đơn vị cũ); Hết hiệu lực (ngày cuối, với đơn vị cũ)';

const TYPES: [RegExp, UnitType][] = [
  [/^xa$/, 'COMMUNE'],
  [/^phuong$/, 'WARD'],
  [/^thi tran$/, 'TOWNSHIP'],
  [/^dac khu$/, 'SPECIAL_ZONE'],
  [/^(huyen|quan)$/, 'DISTRICT'],
  [/^(thi xa|thanh pho)$/, 'TOWN'],
];

export function checkUnitRows(table: string[][], existing: ReadonlySet<string>): { rows: UnitRow[]; error: string | null } {
  const read = readColumns(table, HEADERS, ['code', 'name']);
  if (!read) return { rows: [], error: `Không thấy dòng tiêu đề. Bảng cần có các cột: ${UNIT_HEADERS}.` };
  if (read.length === 0) return { rows: [], error: 'Bảng không có dòng nào dưới dòng tiêu đề.' };
  if (read.length > 20_000) return { rows: [], error: 'Một lần nhập tối đa 20.000 đơn vị.' };
  const codes = new Set(read.map((row) => row.cells.code));
  const seen = new Map<string, number>();
  const rows: UnitRow[] = read.map(({ line, cells }) => {
    const errors: string[] = [];
    if (!/^[0-9A-Za-z.-]{1,20}$/.test(cells.code)) errors.push(cells.code ? `Mã "${cells.code}" không hợp lệ (chữ số, tối đa 20 ký tự).` : 'Thiếu mã đơn vị.');
    else if (seen.has(cells.code)) errors.push(`Mã ${cells.code} trùng với dòng ${seen.get(cells.code)}.`);
    else seen.set(cells.code, line);
    if (!cells.name || cells.name.length > 200) errors.push(cells.name ? 'Tên dài quá 200 ký tự.' : 'Thiếu tên đơn vị.');
    const typeText = foldVietnamese(cells.type || cells.name.split(' ').slice(0, cells.name.startsWith('Thị') || cells.name.startsWith('Đặc') ? 2 : 1).join(' ')).trim();
    const type = TYPES.find(([pattern]) => pattern.test(typeText))?.[1] ?? null;
    if (!type) errors.push(`Loại "${cells.type || typeText}" không rõ; ghi xã, phường, thị trấn hoặc đặc khu.`);
    const mergedIntoCode = cells.mergedInto || null;
    if (mergedIntoCode && !codes.has(mergedIntoCode) && !existing.has(mergedIntoCode)) errors.push(`Không có đơn vị mã ${mergedIntoCode} để sáp nhập vào.`);
    if (mergedIntoCode === cells.code) errors.push('Một đơn vị không sáp nhập vào chính nó.');
    const validTo = cells.validTo ? parseDay(cells.validTo) : null;
    if (cells.validTo && !validTo) errors.push(`Ngày "${cells.validTo}" không đúng dạng (ví dụ: 30/06/2025).`);
    if (mergedIntoCode && !cells.validTo) errors.push('Đơn vị đã sáp nhập cần ngày hết hiệu lực.');
    return { line, cells, unit: errors.length > 0 ? null : { code: cells.code, name: cells.name, type: type!, mergedIntoCode, validTo: validTo ?? null }, errors };
  });
  // A chain of merges must end at a current unit.
  const next = new Map(rows.flatMap((row) => (row.unit?.mergedIntoCode ? [[row.unit.code, row.unit.mergedIntoCode] as const] : [])));
  for (const row of rows) {
    if (!row.unit) continue;
    let code: string | undefined = row.unit.code;
    for (let hops = 0; code && hops <= next.size; hops += 1) code = next.get(code);
    if (code) {
      row.errors.push('Chuỗi sáp nhập quay vòng.');
      row.unit = null;
    }
  }
  return { rows, error: null };
}
