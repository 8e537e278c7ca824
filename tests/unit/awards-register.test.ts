import { describe, expect, it } from 'vitest';
import { checkGrantRows, inferKind, type GrantImportContext } from '@/lib/awards/grant-import';
import { foldedName, nameWords } from '@/lib/awards/name-query';
import { checkUnitRows } from '@/lib/awards/unit-import';
import { matchUnit, unitFamily, unitLabel, type UnitRef } from '@/lib/awards/units';
import { csvStream, csvText } from '@/lib/text/csv';
import { readSpreadsheet } from '@/lib/uploads/spreadsheet';
import { FLAG, LABOUR, MERIT, TAXONOMY } from '../support/award-fixtures';
import { xlsx } from '../support/xlsx';

const UNITS: UnitRef[] = [
  { code: '001', name: 'Xã Long Điền', type: 'COMMUNE', mergedIntoCode: null, validTo: null },
  { code: '002', name: 'Phường Tân Hòa', type: 'WARD', mergedIntoCode: null, validTo: null },
  { code: '901', name: 'Xã Phú Lộc', type: 'COMMUNE', mergedIntoCode: '001', validTo: '2025-06-30' },
  { code: '902', name: 'Xã Long Điền', type: 'COMMUNE', mergedIntoCode: '001', validTo: '2025-06-30' },
  { code: '903', name: 'Xã Tân Hòa', type: 'COMMUNE', mergedIntoCode: '002', validTo: '2025-06-30' },
];
const UNIT_MAP = new Map(UNITS.map((u) => [u.code, u]));

const context: GrantImportContext = { awards: TAXONOMY, units: UNITS, achievementYear: 2025, thisYear: 2026, defaultPublishLevel: 'NAME_UNIT', issuedOn: '2026-03-02' };
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Hạng', 'Xã/phường'];

describe('the import of a decision\'s list', () => {
  it('reads the columns of an annex, whatever their order, and infers who is a collective', () => {
    const table = readSpreadsheet(
      xlsx([
        ['DANH SÁCH KÈM THEO QUYẾT ĐỊNH SỐ 163/QĐ-UBND'],
        ['TT', 'Hình thức khen thưởng', 'Họ và tên', 'Hạng', 'Chức vụ', 'Đơn vị công tác', 'Xã, phường'],
        ['1', 'Huân chương Lao động', 'Nguyễn Thị Hồng Nhung', 'Ba', 'Giáo viên', 'Trường Tiểu học Long Điền', 'Long Điền'],
        ['2', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Trường Tiểu học Long Điền', '', '', '', 'Xã Phú Lộc'],
        ['3', 'Bằng khen của Chủ tịch UBND tỉnh', 'Hộ ông Trần Văn Bảy', '', '', '', 'phường tân hòa'],
        ['4', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Đoàn Văn Hậu', '', 'Nông dân', '', ''],
      ]),
    );
    const { rows, error } = checkGrantRows(table, context);
    expect(error).toBeNull();
    expect(rows.map((r) => r.errors)).toEqual([[], [], [], []]);
    expect(rows.map((r) => [r.line, r.grant?.name, r.grant?.kind, r.grant?.awardTypeId, r.grant?.awardClass, r.grant?.communeCode, r.grant?.publishLevel, r.grant?.achievementYear])).toEqual([
      [3, 'Nguyễn Thị Hồng Nhung', 'INDIVIDUAL', LABOUR.id, 'Ba', '001', 'NAME_UNIT', 2025],
      [4, 'Trường Tiểu học Long Điền', 'COLLECTIVE', MERIT.id, null, '901', 'FULL', 2025],
      [5, 'Hộ ông Trần Văn Bảy', 'HOUSEHOLD', MERIT.id, null, '002', 'NAME_UNIT', 2025],
      [6, 'Đoàn Văn Hậu', 'INDIVIDUAL', MERIT.id, null, null, 'NAME_UNIT', 2025],
    ]);
  });

  it('gives every wrong row its reasons and nothing to import from it', () => {
    const { rows } = checkGrantRows(
      [
        [...HEADER, 'Loại', 'Năm', 'Công bố'],
        ['1', '', '', '', 'Huân chương Lao động', 'Ba', '', '', '', ''],
        ['2', 'Lê Văn Tám', '', '', 'Huân chương Sao Vàng', '', '', '', '', ''],
        ['3', 'Lê Văn Tám', '', '', 'Huân chương Lao động', 'Tư', '', '', '', ''],
        ['4', 'Phạm Thị Mai', '', '', 'Cờ thi đua của Chính phủ', '', '', 'cá nhân', '', ''],
        ['5', 'Trần Văn Hải', '', '', 'Huân chương Lao động', 'Nhì', '', '', '2027', ''],
        ['6', 'Võ Minh Châu', '', '', 'Huân chương Lao động', 'Nhì', 'Xã Mỹ Thạnh', '', '', ''],
        ['7', 'Ngô Thanh Vân', '', '', 'Huân chương Lao động', 'Nhì', '', '', '', 'ẩn'],
        ['8', 'NGÔ THANH VÂN', '', '', 'Huân chương Lao động', 'Ba', '', '', '', ''],
        ['9', 'Tập thể Phòng Nội vụ', '', '', 'Cờ thi đua của Chính phủ', '', '', '', '', ''],
        ['10', 'Ngô Thanh Vấn', '', '', 'Huân chương Lao động', 'Ba', '', '', '', ''],
      ],
      context,
    );
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [2, ['Thiếu họ và tên (hoặc tên tập thể).']],
      [3, ['Không có hình thức khen thưởng "Huân chương Sao Vàng" trong danh mục.']],
      [4, ['Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.']],
      [5, ['Cờ thi đua của Chính phủ chỉ xét tặng cho tập thể, không tặng cho cá nhân.']],
      [6, ['Năm thành tích 2027 chưa tới.']],
      [7, ['Không có xã, phường "Xã Mỹ Thạnh" trong danh mục địa giới hành chính.']],
      [8, []],
      [9, ['Trùng với dòng 8: cùng tên và hình thức khen thưởng trong một quyết định.']],
      [10, []],
      [11, []],
    ]);
    expect(rows.filter((r) => r.grant).map((r) => [r.grant!.name, r.grant!.publishLevel, r.grant!.kind])).toEqual([
      ['Ngô Thanh Vân', 'HIDDEN', 'INDIVIDUAL'],
      ['Tập thể Phòng Nội vụ', 'FULL', 'COLLECTIVE'],
      ['Ngô Thanh Vấn', 'NAME_UNIT', 'INDIVIDUAL'],
    ]);
    expect(rows.every((r) => (r.errors.length === 0) === (r.grant !== null))).toBe(true);
  });

  it('says what is missing when the sheet has no header row, or too many rows', () => {
    expect(checkGrantRows([['a', 'b'], ['c', 'd']], context).error).toBe('Không thấy dòng tiêu đề. Bảng cần có các cột: STT, Họ và tên, Chức vụ, Đơn vị, Hình thức, Hạng, Xã/phường.');
    const many = [HEADER, ...Array.from({ length: 5001 }, (_, i) => [String(i + 1), `Người ${i}`, '', '', 'Huân chương Lao động', 'Ba', ''])];
    expect(checkGrantRows(many, context).error).toBe('Một quyết định có tối đa 5.000 dòng; tệp có 5.001 dòng.');
  });

  it('does not take a surname for a collective', () => {
    expect(['Đoàn Văn Hậu', 'Tô Thị Lan', 'Hồ Văn Cường', 'Phòng Giáo dục và Đào tạo', 'Tổ dân phố 3', 'Hộ gia đình bà Lê Thị Hoa'].map(inferKind)).toEqual([
      'INDIVIDUAL',
      'INDIVIDUAL',
      'INDIVIDUAL',
      'COLLECTIVE',
      'COLLECTIVE',
      'HOUSEHOLD',
    ]);
  });

  it('refuses a flag for a person even when the award is named with its class', () => {
    const { rows } = checkGrantRows([HEADER, ['1', 'Nguyễn Văn A', '', '', 'Huân chương Lao động hạng Nhì', '', '']], context);
    expect(rows[0].grant?.awardClass).toBe('Nhì');
    expect(FLAG.recipientKinds).toEqual(['COLLECTIVE']);
  });
});

describe('communes merged in 2025', () => {
  it('matches a commune by its name with or without "Xã", the current one before a former one of the same name', () => {
    expect(matchUnit('long dien', UNITS)).toEqual({ unit: UNITS[0] });
    expect(matchUnit('Xã Phú Lộc', UNITS)).toEqual({ unit: UNITS[2] });
    expect(matchUnit('Tân Hòa', UNITS)).toEqual({ unit: UNITS[1] });
    expect(matchUnit('Xã Tân Hòa', UNITS)).toEqual({ unit: UNITS[4] });
  });

  it('files a former commune under the unit it became, and names both', () => {
    expect(unitFamily('901', UNIT_MAP).sort()).toEqual(['001', '901', '902']);
    expect(unitFamily('001', UNIT_MAP).sort()).toEqual(['001', '901', '902']);
    expect(unitLabel('901', UNIT_MAP)).toBe('Xã Phú Lộc (nay là Xã Long Điền)');
    expect(unitLabel('001', UNIT_MAP)).toBe('Xã Long Điền');
  });
});

describe('the list of communes an administrator imports', () => {
  it('reads current and former units, the type from the column or the name', () => {
    const { rows, error } = checkUnitRows(
      [
        ['Mã', 'Tên', 'Loại', 'Sáp nhập vào', 'Hết hiệu lực'],
        ['31005', 'Xã Long Điền', '', '', ''],
        ['30211', 'Xã Long Điền', 'xã', '31005', '30/06/2025'],
        ['30201', 'Thị trấn Phú Lộc', '', '31004', '30/06/2025'],
      ],
      new Set(['31004']),
    );
    expect(error).toBeNull();
    expect(rows.map((r) => r.unit)).toEqual([
      { code: '31005', name: 'Xã Long Điền', type: 'COMMUNE', mergedIntoCode: null, validTo: null },
      { code: '30211', name: 'Xã Long Điền', type: 'COMMUNE', mergedIntoCode: '31005', validTo: '2025-06-30' },
      { code: '30201', name: 'Thị trấn Phú Lộc', type: 'TOWNSHIP', mergedIntoCode: '31004', validTo: '2025-06-30' },
    ]);
  });

  it('refuses a merge into nowhere, a former unit without its last day, a duplicate code and a loop', () => {
    const { rows } = checkUnitRows(
      [
        ['Mã', 'Tên', 'Loại', 'Sáp nhập vào', 'Hết hiệu lực'],
        ['1', 'Xã A', '', '99', '30/06/2025'],
        ['2', 'Xã B', '', '3', ''],
        ['3', 'Xã C', 'ấp', '', ''],
        ['3', 'Xã C', '', '', ''],
        ['4', 'Xã D', '', '5', '30/06/2025'],
        ['5', 'Xã E', '', '4', '30/06/2025'],
      ],
      new Set(),
    );
    expect(rows.map((r) => r.errors)).toEqual([
      ['Không có đơn vị mã 99 để sáp nhập vào.'],
      ['Đơn vị đã sáp nhập cần ngày hết hiệu lực.'],
      ['Loại "ấp" không rõ; ghi xã, phường, thị trấn hoặc đặc khu.'],
      ['Mã 3 trùng với dòng 4.'],
      ['Chuỗi sáp nhập quay vòng.'],
      ['Chuỗi sáp nhập quay vòng.'],
    ]);
  });
});

describe('names as people type them', () => {
  it('folds every spelling of a name to the same words', () => {
    const spellings = ['Nguyễn Văn A', 'nguyen van a', 'NGUYỄN VĂN A', 'Nguyễn Văn A'.normalize('NFD'), '  Nguyễn   Văn-A '];
    expect(spellings.map(foldedName)).toEqual(Array(5).fill('nguyen van a'));
    expect(nameWords('Đặng Thị Ngọc Hân')).toEqual(['dang', 'thi', 'ngoc', 'han']);
    expect(nameWords('"; DROP TABLE x; --')).toEqual(['drop', 'table', 'x']);
  });
});

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark, quotes what needs it and keeps formulas as text', () => {
    const text = csvText(['Họ và tên', 'Đơn vị', 'Ghi chú'], [
      ['Nguyễn Thị Hồng Nhung', 'Trường Tiểu học "Long Điền"', '=1+1'],
      ['Lê Văn Tám', 'Phòng Nội vụ, xã Phú Lộc', 'dòng 1\ndòng 2'],
      ['Trần Văn A'.normalize('NFD'), 2025, null],
    ]);
    expect(text).toBe(
      '\uFEFFHọ và tên,Đơn vị,Ghi chú\r\n' +
        'Nguyễn Thị Hồng Nhung,"Trường Tiểu học ""Long Điền""",\'=1+1\r\n' +
        'Lê Văn Tám,"Phòng Nội vụ, xã Phú Lộc","dòng 1\ndòng 2"\r\n' +
        'Trần Văn A,2025,\r\n',
    );
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('streams the same bytes a batch at a time', async () => {
    async function* pages() {
      yield [['Nguyễn Văn A', '1']];
      yield [['Lê Thị B', '2'], ['Trần C', '3']];
    }
    // Bytes, not text: decoding UTF-8 would drop the byte-order mark.
    const streamed = Buffer.from(await new Response(csvStream(['Tên', 'Số'], pages())).arrayBuffer());
    expect(streamed).toEqual(Buffer.from(csvText(['Tên', 'Số'], [['Nguyễn Văn A', '1'], ['Lê Thị B', '2'], ['Trần C', '3']]), 'utf8'));
  });
});
