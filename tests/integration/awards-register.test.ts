import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecision, previewGrantList, replaceGrantList, attachDecisionFile } from '@/lib/awards/decision-store';
import { annulDecision, correctGrant, publishDecision, submitDecision } from '@/lib/awards/decision-workflow';
import { loadDecision, loadDecisionList } from '@/lib/awards/public-decisions';
import { loadUnits, registerBatches, registerCsvRow, REGISTER_CSV_HEADER, searchRegister, unitsByCode } from '@/lib/awards/register';
import { parseRegisterQuery } from '@/lib/awards/register-query';
import { buildDecisionJsonLd } from '@/lib/seo/decision-metadata';
import { findInRegister } from '@/lib/search/search-register';
import { computeStatistics } from '@/lib/awards/statistics';
import { saveRegisterSettings } from '@/lib/awards/register-settings';
import { importUnits } from '@/lib/awards/unit-admin';
import { csvText } from '@/lib/text/csv';
import { resetDatabase, testClient } from '../support/database';
import { as, createStaff, refused } from '../support/editor';
import { xlsx } from '../support/xlsx';

// The awards register through the real path: an editor enters a decision and imports its
// list from a spreadsheet, an approver publishes it, and the public reads (the search,
// the CSV, the decision's page and its JSON-LD) show exactly the rows a citizen may see.

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;
let awards: { id: number; code: string; name: string; slug: string }[];

beforeAll(async () => {
  await resetDatabase(client);
  staff = await createStaff(client);
  awards = await client.awardType.findMany({ select: { id: true, code: true, name: true, slug: true } });
  // The province after the 2025 merger: Xã Long Điền took in the former Xã Phú Lộc and the former Xã Long Điền.
  await client.administrativeUnit.createMany({
    data: [
      { code: '10001', name: 'Xã Long Điền', type: 'COMMUNE', validFrom: new Date('2025-07-01') },
      { code: '10002', name: 'Phường Tân Hòa', type: 'WARD', validFrom: new Date('2025-07-01') },
    ],
  });
  await client.administrativeUnit.createMany({
    data: [
      { code: '20001', name: 'Xã Phú Lộc', type: 'COMMUNE', validTo: new Date('2025-06-30'), mergedIntoCode: '10001' },
      { code: '20002', name: 'Xã Long Điền', type: 'COMMUNE', validTo: new Date('2025-06-30'), mergedIntoCode: '10001' },
      { code: '20003', name: 'Phường 3', type: 'WARD', validTo: new Date('2025-06-30'), mergedIntoCode: '10002' },
    ],
  });
});
afterAll(() => client.$disconnect());


const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Hạng', 'Xã/phường', 'Công bố'];
const LIST = [
  HEADER,
  ['1', 'Nguyễn Văn A', 'Chủ tịch Hội Nông dân', 'Hội Nông dân xã', 'Bằng khen của Chủ tịch UBND tỉnh', '', 'Xã Phú Lộc', 'đầy đủ'],
  ['2', 'Nguyễn Văn An', 'Giáo viên', 'Trường Tiểu học Long Điền', 'Huân chương Lao động', 'Ba', 'Xã Long Điền', 'đầy đủ'],
  ['3', 'Trần Thị Bích Ngọc', 'Nông dân', '', 'Bằng khen của Chủ tịch UBND tỉnh', '', 'Phường Tân Hòa', 'ẩn'],
  ['4', 'Lê Văn Cường', 'Kế toán', 'Công ty Cổ phần Mía đường', 'Bằng khen của Chủ tịch UBND tỉnh', '', 'Xã Long Điền', ''],
  ['5', 'Trường Tiểu học Long Điền', '', '', 'Bằng khen của Chủ tịch UBND tỉnh', '', 'Xã Long Điền', ''],
  ['6', 'Phạm Thị Mai', 'Y sĩ', 'Trạm Y tế phường 3', 'Huân chương Lao động', 'Ba', 'Phường 3', 'đầy đủ'],
];
const HIDDEN_NAME = 'Trần Thị Bích Ngọc';

let decisionId = 0;
let version = 0;
let slug = '';

const fields = {
  number: '163/QĐ-UBND',
  issuedOn: '27/04/2024',
  issuer: 'Ủy ban nhân dân tỉnh An Hòa',
  signerName: 'Nguyễn Minh Quang',
  signerTitle: 'KT. Chủ tịch, Phó Chủ tịch',
  summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các cá nhân, tập thể có thành tích xuất sắc năm 2023',
  achievementYear: '2023',
  level: 'PROVINCIAL' as const,
};

const units = async () => unitsByCode(await loadUnits());
const query = async (params: Record<string, string>) =>
  parseRegisterQuery(params, { awards, awardSlugs: new Map(awards.map((a) => [a.id, a.slug])), unitCodes: new Set((await loadUnits()).map((u) => u.code)), thisYear: 2026 });
const names = async (params: Record<string, string>) => (await searchRegister(await query(params), await units())).rows.map((row) => row.name);

describe('a decision from the newsroom to the register', () => {
  it('is entered by an editor with its number and date as its address', async () => {
    expect((await refused(createDecision(as(staff.contributor), fields))).status).toBe(403);
    ({ id: decisionId, version } = await createDecision(as(staff.editor), fields));
    const row = await client.awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    slug = row.slug;
    expect(row).toMatchObject({ slug: '163-qd-ubnd-2024', status: 'DRAFT', number: '163/QĐ-UBND', achievementYear: 2023 });
    expect(row.issuedOn.toISOString().slice(0, 10)).toBe('2024-04-27');
    const again = await refused(createDecision(as(staff.editor), fields));
    expect(again.fieldErrors).toEqual({ number: ['Đã có quyết định cùng số ký hiệu và năm ban hành.'] });
  });

  it('refuses a list with any wrong row and keeps the list it had', async () => {
    const wrong = xlsx([...LIST, ['7', '', '', '', 'Huân chương Lao động', 'Ba', '', ''], ['8', 'Nguyễn Văn A', '', '', 'Bằng khen của Chủ tịch UBND tỉnh', '', '', '']]);
    const preview = await previewGrantList(as(staff.editor), decisionId, wrong);
    expect(preview.errorCount).toBe(2);
    expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors])).toEqual([
      [8, ['Thiếu họ và tên (hoặc tên tập thể).']],
      [9, ['Trùng với dòng 2: cùng tên và hình thức khen thưởng trong một quyết định.']],
    ]);
    const error = await refused(replaceGrantList(as(staff.editor), decisionId, version, wrong));
    expect(error.message).toBe('Chưa nhập: 2 dòng có lỗi. Sửa tệp rồi nhập lại; danh sách hiện có được giữ nguyên.');
    expect(await client.awardGrant.count({ where: { decisionId } })).toBe(0);
  });

  it('imports a right list whole, in its order, with the publication level of each row', async () => {
    ({ version } = await replaceGrantList(as(staff.editor), decisionId, version, xlsx(LIST)));
    const grants = await client.awardGrant.findMany({ where: { decisionId }, orderBy: { position: 'asc' } });
    expect(grants.map((g) => [g.position, g.displayName, g.recipientKind, g.communeCode, g.publishLevel, g.listed])).toEqual([
      [1, 'Nguyễn Văn A', 'INDIVIDUAL', '20001', 'FULL', false],
      [2, 'Nguyễn Văn An', 'INDIVIDUAL', '10001', 'FULL', false],
      [3, HIDDEN_NAME, 'INDIVIDUAL', '10002', 'HIDDEN', false],
      [4, 'Lê Văn Cường', 'INDIVIDUAL', '10001', 'NAME_UNIT', false],
      [5, 'Trường Tiểu học Long Điền', 'COLLECTIVE', '10001', 'FULL', false],
      [6, 'Phạm Thị Mai', 'INDIVIDUAL', '20003', 'FULL', false],
    ]);
    expect(await names({ q: 'nguyen van a' })).toEqual([]);
  });

  it('is published by someone else, and only with its signed file', async () => {
    expect((await refused(submitDecision(as(staff.editor), decisionId, version))).message).toBe('Chưa gửi duyệt được: Chưa tải lên bản quyết định đã ký (PDF).');
    const file = await client.attachment.create({
      data: { title: 'Quyết định 163/QĐ-UBND (bản ký)', originalName: '163-qd-ubnd.pdf', mime: 'application/pdf', bytes: 1024, checksum: 'ab', storageKey: 'files/qd-163', createdById: staff.editor.id },
    });
    await attachDecisionFile(as(staff.editor), decisionId, file.id, '');
    ({ version } = await submitDecision(as(staff.editor), decisionId, version));
    expect((await refused(publishDecision(as(staff.editor), decisionId, version))).status).toBe(403);
    await client.awardDecision.update({ where: { id: decisionId }, data: { lastEditorId: staff.approver.id } });
    expect((await refused(publishDecision(as(staff.approver), decisionId, version))).message).toBe('Người nhập hoặc sửa quyết định không tự duyệt được; cần một người khác duyệt.');
    ({ version } = await publishDecision(as(staff.approver2), decisionId, version));
    expect(await client.awardGrant.count({ where: { decisionId, listed: true } })).toBe(5);
  });
});

describe('the register', () => {
  it('finds a name in every spelling, exact names first', async () => {
    for (const spelling of ['nguyen van a', 'NGUYỄN VĂN A', 'Nguyễn Văn A'.normalize('NFD'), 'nguyễn văn a']) {
      expect(await names({ q: spelling }), spelling).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An']);
    }
    expect(await names({ q: 'van cuong' })).toEqual(['Lê Văn Cường']);
    expect(await names({ q: 'guyen' })).toEqual([]);
  });

  it('is found by the site search: decisions by number or summary, people by name', async () => {
    const byNumber = await findInRegister(['163', 'qd', 'ubnd']);
    expect(byNumber.decisions.map((d) => d.slug)).toEqual(['163-qd-ubnd-2024']);
    expect((await findInRegister(['bang', 'khen', 'thanh', 'tich', 'xuat', 'sac'])).decisions.map((d) => d.number)).toEqual(['163/QĐ-UBND']);
    expect((await findInRegister(['nguyen', 'van', 'a'])).people).toBe(2);
  });

  it('takes an award typed in the name box as the award filter', async () => {
    const q = await query({ q: 'huan chuong lao dong hang ba' });
    expect([q.awardSlug, q.awardClass, q.text, q.textWasAward]).toEqual(['huan-chuong-lao-dong', 'Ba', '', true]);
    expect((await searchRegister(q, await units())).rows.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Phạm Thị Mai']);
  });

  it('finds grants filed under a former commune by its new name, and under the new one by a former name', async () => {
    // Lê Văn Cường is published by name and unit only: a commune filter does not find him.
    expect(await names({ xa: '10001' })).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An', 'Trường Tiểu học Long Điền']);
    expect(await names({ xa: '20001' })).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An', 'Trường Tiểu học Long Điền']);
    expect(await names({ xa: '20003' })).toEqual(['Phạm Thị Mai']);
    const rows = (await searchRegister(await query({ q: 'nguyen van a' }), await units())).rows;
    expect(rows[0].commune).toBe('Xã Phú Lộc (nay là Xã Long Điền)');
  });

  it('shows a "name and unit" grant without position, commune or citation', async () => {
    const [row] = (await searchRegister(await query({ q: 'le van cuong' }), await units())).rows;
    expect(row).toMatchObject({ name: 'Lê Văn Cường', unit: 'Công ty Cổ phần Mía đường', jobTitle: null, commune: null, citation: null });
  });

  it('filters by kind, year and level, and drops a wrong filter with a note', async () => {
    expect(await names({ 'doi-tuong': 'tap-the' })).toEqual(['Trường Tiểu học Long Điền']);
    expect((await names({ nam: '2024', cap: 'tinh' })).length).toBe(5);
    expect(await names({ nam: '2023' })).toEqual([]);
    const q = await query({ nam: '20x4', xa: '99999', cap: 'trung-uong' });
    expect(q.notes).toEqual([
      'Năm "20x4" không hợp lệ; đã bỏ bộ lọc năm.',
      'Xã, phường đã chọn không có trong danh mục; đã bỏ bộ lọc này.',
      'Cấp khen thưởng không hợp lệ; đã bỏ bộ lọc này.',
    ]);
  });

  it('gives the same rows in the same order as CSV as on the pages', async () => {
    const q = await query({ q: 'nguyen' });
    const page = await searchRegister(q, await units());
    const rows: string[][] = [];
    for await (const batch of registerBatches(q, await units(), 1)) rows.push(...batch.map((row) => registerCsvRow(row, rows.length + 1, 'https://example.vn').map(String)));
    const text = csvText(REGISTER_CSV_HEADER, rows);
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('STT,Họ và tên / Tên tập thể,Đối tượng,Chức vụ,Đơn vị,"Xã, phường",Hình thức khen thưởng,Truy tặng,Năm thành tích,Số quyết định,Ngày ký,Cơ quan ban hành,Thành tích,Địa chỉ trang quyết định');
    expect(lines.length - 1).toBe(page.total);
    expect(rows.map((row) => row[1])).toEqual(page.rows.map((row) => row.name));
    expect(lines[1]).toBe('1,Nguyễn Văn A,cá nhân,Chủ tịch Hội Nông dân,Hội Nông dân xã,Xã Phú Lộc (nay là Xã Long Điền),Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,,2023,163/QĐ-UBND,27/04/2024,Ủy ban nhân dân tỉnh An Hòa,,https://example.vn/quyet-dinh-khen-thuong/163-qd-ubnd-2024');
  });

  it('never shows a hidden grant: not in search, CSV, the decision page, its JSON-LD or the list of decisions', async () => {
    const everyone = await query({});
    const outputs = [
      await searchRegister(everyone, await units()),
      await searchRegister(await query({ q: 'tran thi bich ngoc' }), await units()),
      await searchRegister(await query({ xa: '10002' }), await units()),
    ];
    const csv: unknown[] = [];
    for await (const batch of registerBatches(everyone, await units())) csv.push(...batch);
    const decision = await loadDecision(slug, await units());
    const siteSearch = await findInRegister(['tran', 'thi', 'bich', 'ngoc']);
    expect(siteSearch.people).toBe(0);
    const everything = JSON.stringify([outputs, csv, decision, buildDecisionJsonLd(decision!, 'https://example.vn', { name: 'Sở Nội vụ', url: 'https://example.vn' }), await loadDecisionList(1), siteSearch]);
    expect(everything).not.toContain('Bích Ngọc');
    expect(outputs[0].total).toBe(5);
    expect(decision!.grants.map((g) => g.name)).toEqual(['Nguyễn Văn A', 'Nguyễn Văn An', 'Lê Văn Cường', 'Trường Tiểu học Long Điền', 'Phạm Thị Mai']);
    expect(decision!.hiddenCount).toBe(1);
  });
});

describe('the statistics', () => {
  it('sum, in every table, to the published, non-annulled, non-hidden grants of the same filter', async () => {
    const filters: Record<string, string>[] = [{}, { 'doi-tuong': 'ca-nhan' }, { 'hinh-thuc': 'huan-chuong-lao-dong' }, { xa: '20001' }, { nam: '2024', cap: 'tinh' }];
    for (const params of filters) {
      const q = await query(params);
      const { total } = await searchRegister(q, await units());
      const stats = await computeStatistics(q, await units());
      expect(stats.tables.map((t) => [t.key, t.total]), JSON.stringify(params)).toEqual(['nam', 'hinh-thuc', 'cap', 'doi-tuong', 'xa'].map((key) => [key, total]));
    }
    const all = await computeStatistics(await query({}), await units());
    const table = (key: string) => all.tables.find((t) => t.key === key)!.rows.map((row) => [row.label, ...row.values, row.total]);
    expect(table('nam')).toEqual([['2024', 4, 1, 0, 5]]);
    expect(table('hinh-thuc')).toEqual([
      ['Huân chương Lao động hạng Ba', 2, 0, 0, 2],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 2, 1, 0, 3],
    ]);
    // Lê Văn Cường is published by name and unit: his commune is not counted as his.
    expect(table('xa')).toEqual([
      ['Xã Long Điền', 2, 1, 0, 3],
      ['Phường Tân Hòa', 1, 0, 0, 1],
      ['Không công bố địa bàn', 1, 0, 0, 1],
    ]);
    expect(JSON.stringify(all)).not.toContain('Bích Ngọc');
  });
});

describe('after publication', () => {
  it('a correction changes the line and leaves a public note; hiding a line takes it out at once', async () => {
    const grant = await client.awardGrant.findFirstOrThrow({ where: { decisionId, position: 2 } });
    expect((await refused(correctGrant(as(staff.editor), decisionId, version, grant.id, { displayName: 'Nguyễn Văn Ân', jobTitle: '', unit: '', publishLevel: 'FULL' }, 'Sửa tên'))).status).toBe(403);
    ({ version } = await correctGrant(as(staff.approver), decisionId, version, grant.id, { displayName: 'Nguyễn Văn Ân', jobTitle: 'Giáo viên', unit: 'Trường Tiểu học Long Điền', publishLevel: 'FULL' }, 'Sửa tên dòng 2 theo Quyết định đính chính số 30/QĐ-UBND.'));
    expect(await names({ q: 'nguyen van an' })).toEqual(['Nguyễn Văn Ân']);
    const hide = await client.awardGrant.findFirstOrThrow({ where: { decisionId, position: 6 } });
    ({ version } = await correctGrant(as(staff.approver), decisionId, version, hide.id, { displayName: 'Phạm Thị Mai', jobTitle: 'Y sĩ', unit: 'Trạm Y tế phường 3', publishLevel: 'HIDDEN' }, 'Dòng 6 không công bố theo đề nghị của người được khen.'));
    expect(await names({ q: 'pham thi mai' })).toEqual([]);
    const decision = await loadDecision(slug, await units());
    expect(decision!.changes.map((c) => c.note)).toEqual(['Sửa tên dòng 2 theo Quyết định đính chính số 30/QĐ-UBND.', 'Dòng 6 không công bố theo đề nghị của người được khen.']);
    expect(decision!.hiddenCount).toBe(2);
  });

  it('annulment keeps the page with its notice and takes every grant out of the register', async () => {
    expect((await refused(annulDecision(as(staff.approver), decisionId, version, '', 'Lý do'))).fieldErrors).toEqual({ annulledBy: ['Ghi số, ngày của quyết định hủy bỏ (ví dụ: 25/QĐ-UBND ngày 03/02/2026).'] });
    ({ version } = await annulDecision(as(staff.approver), decisionId, version, '25/QĐ-UBND ngày 03/02/2026', 'Hồ sơ đề nghị không đúng quy định.'));
    expect((await searchRegister(await query({}), await units())).total).toBe(0);
    expect((await computeStatistics(await query({}), await units())).total).toBe(0);
    const decision = await loadDecision(slug, await units());
    expect(decision).toMatchObject({ status: 'ANNULLED', annulledBy: '25/QĐ-UBND ngày 03/02/2026', annulmentReason: 'Hồ sơ đề nghị không đúng quy định.' });
    expect(buildDecisionJsonLd(decision!, 'https://example.vn', { name: 'x', url: 'https://example.vn' })).not.toHaveProperty('mainEntity');
    expect((await refused(annulDecision(as(staff.approver), decisionId, version, '26/QĐ-UBND', 'Lần nữa'))).status).toBe(409);
  });
});

describe('the list of communes', () => {
  it('is imported by an administrator, whole or not at all, and a former name then finds its grants', async () => {
    const file = xlsx([
      ['Mã', 'Tên', 'Loại', 'Sáp nhập vào', 'Hết hiệu lực'],
      ['10003', 'Xã Tân Phú', '', '', ''],
      ['20009', 'Xã Tân Thạnh', '', '10003', '30/06/2025'],
    ]);
    expect((await refused(importUnits(as(staff.editor), file))).status).toBe(403);
    const wrong = xlsx([['Mã', 'Tên', 'Loại', 'Sáp nhập vào', 'Hết hiệu lực'], ['10004', 'Xã Mới', '', '', ''], ['20010', 'Xã Cũ', '', '99999', '30/06/2025']]);
    expect((await refused(importUnits(as(staff.admin), wrong))).message).toBe('Chưa nhập: 1 dòng có lỗi. Sửa tệp rồi nhập lại; danh mục hiện có được giữ nguyên.');
    expect(await client.administrativeUnit.findUnique({ where: { code: '10004' } })).toBeNull();
    expect(await importUnits(as(staff.admin), file)).toEqual({ count: 2 });
    expect(await client.administrativeUnit.findUniqueOrThrow({ where: { code: '20009' } })).toMatchObject({ name: 'Xã Tân Thạnh', mergedIntoCode: '10003' });
  });
});

describe('the default publication level', () => {
  it('is set by an administrator and applies to the rows of a list that do not say', async () => {
    await client.siteSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1, siteName: 'Cổng', agencyName: 'Sở Nội vụ' } });
    expect((await refused(saveRegisterSettings(as(staff.editor), { grantPublishLevel: 'HIDDEN' }))).status).toBe(403);
    expect((await refused(saveRegisterSettings(as(staff.admin), { grantPublishLevel: 'ALL' }))).fieldErrors).toEqual({ grantPublishLevel: ['Chọn mức công bố.'] });
    await saveRegisterSettings(as(staff.admin), { grantPublishLevel: 'HIDDEN' });
    const draft = await createDecision(as(staff.editor), { ...fields, number: '170/QĐ-UBND' });
    const preview = await previewGrantList(as(staff.editor), draft.id, xlsx(LIST));
    expect(preview.rows.map((r) => [r.grant!.name, r.grant!.publishLevel])).toEqual([
      ['Nguyễn Văn A', 'FULL'],
      ['Nguyễn Văn An', 'FULL'],
      [HIDDEN_NAME, 'HIDDEN'],
      ['Lê Văn Cường', 'HIDDEN'],
      ['Trường Tiểu học Long Điền', 'FULL'],
      ['Phạm Thị Mai', 'FULL'],
    ]);
  });
});
