import { describe, expect, it } from 'vitest';
import { candidateAwardErrors, matchAward, parseAwardClass, windowError } from '@/lib/consultations/award-rules';
import { checkCandidateRows } from '@/lib/consultations/candidate-import';
import { readSpreadsheet } from '@/lib/uploads/spreadsheet';
import { FLAG, LABOUR, MERIT, ND98, OLD, TAXONOMY } from '../support/award-fixtures';
import { xlsx } from '../support/xlsx';

describe('the award taxonomy rules', () => {
  it('refuses "Huân chương Lao động hạng Tư" and names the classes it has', () => {
    expect(candidateAwardErrors(LABOUR, { kind: 'INDIVIDUAL', awardClass: 'Tư', posthumous: false })).toEqual([
      'Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.',
    ]);
    expect(candidateAwardErrors(LABOUR, { kind: 'INDIVIDUAL', awardClass: 'Ba', posthumous: true })).toEqual([]);
    expect(candidateAwardErrors(LABOUR, { kind: 'COLLECTIVE', awardClass: null, posthumous: false })).toEqual([
      'Chọn hạng của Huân chương Lao động (hạng Nhất, hạng Nhì hoặc hạng Ba).',
    ]);
  });

  it('refuses "Cờ thi đua của Chính phủ" for an individual', () => {
    expect(candidateAwardErrors(FLAG, { kind: 'INDIVIDUAL', awardClass: null, posthumous: false })).toEqual([
      'Cờ thi đua của Chính phủ chỉ xét tặng cho tập thể, không tặng cho cá nhân.',
    ]);
    expect(candidateAwardErrors(FLAG, { kind: 'COLLECTIVE', awardClass: null, posthumous: false })).toEqual([]);
  });

  it('refuses a class on an award without classes, posthumous where not allowed, and an award no longer valid', () => {
    expect(candidateAwardErrors(MERIT, { kind: 'HOUSEHOLD', awardClass: 'Nhất', posthumous: false })).toEqual(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh không chia hạng; bỏ hạng Nhất.']);
    expect(candidateAwardErrors(MERIT, { kind: 'INDIVIDUAL', awardClass: null, posthumous: true })).toEqual(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh không có hình thức truy tặng.']);
    expect(candidateAwardErrors(LABOUR, { kind: 'COLLECTIVE', awardClass: 'Nhì', posthumous: true })).toEqual(['Chỉ cá nhân mới có thể được truy tặng.']);
    expect(candidateAwardErrors(OLD, { kind: 'INDIVIDUAL', awardClass: null, posthumous: false }, '2026-06-05')).toEqual(['Danh hiệu đã bỏ không còn hiệu lực vào ngày 05/06/2026.']);
  });

  it('refuses a window shorter than the longest floor of the awards on the list, with its legal reason', () => {
    expect(windowError(7, [MERIT, LABOUR])).toBe(`Tối thiểu 10 ngày làm việc (${ND98}): danh sách có Huân chương Lao động.`);
    expect(windowError(10, [MERIT, LABOUR])).toBeNull();
    expect(windowError(3, [MERIT])).toBeNull();
  });

  it('reads classes and award names as people write them', () => {
    expect(['hạng Nhì', 'nhi', '2', 'II', 'Hạng nhì'].map(parseAwardClass)).toEqual(['Nhì', 'Nhì', 'Nhì', 'Nhì', 'Nhì']);
    expect(parseAwardClass('hạng Tư')).toBe('Tư');
    expect(parseAwardClass('')).toBeNull();
    expect(matchAward('Huân chương Lao động hạng Ba', TAXONOMY)).toEqual({ award: LABOUR, awardClass: 'Ba' });
    expect(matchAward('huan chuong lao dong', TAXONOMY)).toEqual({ award: LABOUR, awardClass: null });
    expect(matchAward('Cờ thi đua Chính phủ', TAXONOMY)?.award).toBe(FLAG);
    expect(matchAward('HC_LAO_DONG', TAXONOMY)?.award).toBe(LABOUR);
    expect(matchAward('Huân chương Kháng chiến', TAXONOMY)).toBeNull();
  });
});

const HEADER = ['STT', 'Loại', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Xã, phường', 'Hình thức khen thưởng', 'Hạng', 'Truy tặng', 'Tóm tắt thành tích'];

describe('the candidate import', () => {
  const table = [
    ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
    HEADER,
    ['1', 'Cá nhân', 'Nguyễn Thị Hồng Nhung', 'Hiệu trưởng', 'Trường THCS Tân Hòa', 'Phường Tân Hòa', 'Huân chương Lao động', 'hạng Ba', '', 'Thành tích từ năm 2020 đến năm 2024'],
    ['2', 'Cá nhân', 'Trần Văn Bình', 'Giám đốc', 'Hợp tác xã Phú Lộc', 'Xã Phú Lộc', 'Huân chương Lao động', 'hạng Tư', '', ''],
    ['3', 'Cá nhân', 'Lê Minh Tâm', '', 'Công ty Sông Xanh', '', 'Cờ thi đua của Chính phủ', '', '', ''],
    ['4', 'Tập thể', '', '', '', '', 'Huân chương Kháng chiến', '', '', ''],
    ['', '', '', '', '', '', '', '', '', ''],
    ['5', 'Tập thể', 'Hợp tác xã Nông nghiệp An Bình', '', '', 'Xã An Bình', 'Cờ thi đua của Chính phủ', '', '', 'Dẫn đầu phong trào thi đua năm 2025'],
  ];

  it('checks every row and says what is wrong with each, in the order of the file', () => {
    const { rows, error } = checkCandidateRows(table, TAXONOMY, '2026-06-05');
    expect(error).toBeNull();
    expect(rows.map((row) => [row.line, row.cells.name, row.errors])).toEqual([
      [3, 'Nguyễn Thị Hồng Nhung', []],
      [4, 'Trần Văn Bình', ['Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.']],
      [5, 'Lê Minh Tâm', ['Cờ thi đua của Chính phủ chỉ xét tặng cho tập thể, không tặng cho cá nhân.']],
      [6, '', ['Thiếu họ và tên (hoặc tên tập thể).', 'Không có hình thức khen thưởng "Huân chương Kháng chiến" trong danh mục.']],
      [8, 'Hợp tác xã Nông nghiệp An Bình', []],
    ]);
    expect(rows[0].candidate).toEqual({
      kind: 'INDIVIDUAL',
      name: 'Nguyễn Thị Hồng Nhung',
      jobTitle: 'Hiệu trưởng',
      unit: 'Trường THCS Tân Hòa',
      commune: 'Phường Tân Hòa',
      awardTypeId: 1,
      awardClass: 'Ba',
      posthumous: false,
      achievementSummary: 'Thành tích từ năm 2020 đến năm 2024',
    });
    expect(rows[1].candidate).toBeNull();
  });

  it('says which columns it needs when there is no header row', () => {
    expect(checkCandidateRows([['a', 'b'], ['c', 'd']], TAXONOMY).error).toMatch(/^Không thấy dòng tiêu đề\. Bảng cần có các cột: Loại/);
  });

  it('reads the same table from an Excel workbook and from a CSV file saved by Excel', () => {
    const fromXlsx = readSpreadsheet(xlsx(table));
    expect(fromXlsx[2]).toEqual(table[2]);
    expect(checkCandidateRows(fromXlsx, TAXONOMY).rows.map((row) => row.errors.length)).toEqual([0, 1, 1, 2, 0]);
    const csv = '\uFEFF' + table.map((row) => row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';')).join('\r\n');
    const fromCsv = readSpreadsheet(Buffer.from(csv));
    expect(fromCsv[2]).toEqual(table[2]);
    expect(checkCandidateRows(fromCsv, TAXONOMY).rows.length).toBe(5);
  });

  it('refuses a CSV that is not UTF-8 and a file that is no table at all', () => {
    expect(() => readSpreadsheet(Buffer.from([0x48, 0xe0, 0x6e, 0x67]))).toThrow(/UTF-8/);
    expect(() => readSpreadsheet(Buffer.from('MZ\u0000\u0000binary'))).toThrow(/không phải CSV/);
  });
});
