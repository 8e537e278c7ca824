import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRelation, attachDocumentFile, createDocument, publishDocument, removeRelation, saveDocument, submitDocument, withdrawDocument } from '@/lib/documents/document-store';
import { parseDocumentQuery, selectDocuments } from '@/lib/documents/document-query';
import { loadDocument, withValidity, type DocumentSummary } from '@/lib/documents/public-documents';
import { attachFormFile, saveForm, saveProcedure, setFormPublished, setProcedurePublished } from '@/lib/documents/library-store';
import { loadForms, loadProcedures } from '@/lib/documents/public-library';
import { buildDocumentDublinCore, buildDocumentJsonLd } from '@/lib/seo/document-metadata';
import { findDocumentIds } from '@/lib/search/search-documents';
import { parseQuery } from '@/lib/search/query';
import { resetDatabase, testClient } from '../support/database';
import { as, createStaff, refused } from '../support/editor';

// The documents register through the real path: an editor enters a document with its
// file, someone else publishes it; a newer document that replaces it changes what both
// pages say; the search finds a decree by its number however it is typed.

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;

beforeAll(async () => {
  await resetDatabase(client);
  staff = await createStaff(client);
});
afterAll(() => client.$disconnect());

const base = {
  type: 'DECREE',
  issuer: 'Chính phủ',
  signerName: 'Trần Hồng Hà',
  signerTitle: 'TM. Chính phủ, KT. Thủ tướng, Phó Thủ tướng',
  field: 'Thi đua, khen thưởng',
  scope: 'CENTRAL',
  externalUrl: '',
  effectiveTo: '',
};

let fileCount = 0;
async function upload(userId: number, text = '') {
  fileCount += 1;
  return client.attachment.create({
    data: { title: `Toàn văn ${fileCount}`, originalName: `van-ban-${fileCount}.pdf`, mime: 'application/pdf', bytes: 2048, checksum: `c${fileCount}`, storageKey: `files/vb-${fileCount}`, text, createdById: userId },
  });
}

/** Entered by the editor, with its file, submitted, then published by an approver. */
async function publish(fields: Record<string, string>, text = '') {
  const { id } = await createDocument(as(staff.editor), { ...base, ...fields } as never);
  let version = (await client.legalDocument.findUniqueOrThrow({ where: { id } })).version;
  ({ version } = await attachDocumentFile(as(staff.editor), id, version, (await upload(staff.editor.id, text)).id, ''));
  ({ version } = await submitDocument(as(staff.editor), id, version));
  ({ version } = await publishDocument(as(staff.approver), id, version));
  return { id, version };
}

async function index(): Promise<DocumentSummary[]> {
  // The same read as the cached index, uncached.
  const rows = await client.legalDocument.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } });
  const docs = await Promise.all(rows.map((row) => loadDocument(row.slug)));
  return docs.flatMap((doc) => (doc ? [doc] : [])).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
}

const q = (text: string) => {
  const parsed = parseQuery(text);
  if (typeof parsed === 'string') throw new Error(text);
  return parsed.tokens;
};

let old = { id: 0, version: 0 };
let decree = { id: 0, version: 0 };

describe('entering a document', () => {
  it('refuses a number that is not one, and an effective date before the signing, field by field, saving nothing', async () => {
    const error = await refused(createDocument(as(staff.editor), { ...base, number: 'abc', issuedOn: '26/12/2023', effectiveFrom: '20/12/2023', summary: 'Quy định chi tiết một số điều của Luật Thi đua, khen thưởng' } as never));
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.number?.[0]).toMatch(/^Số ký hiệu không đúng dạng/);
    expect(error.fieldErrors?.effectiveFrom).toEqual(['Ngày có hiệu lực không thể trước ngày ban hành.']);
    const late = await refused(createDocument(as(staff.editor), { ...base, number: '98/2023/NĐ-CP', issuedOn: '26/12/2023', effectiveFrom: '26/12/2023', effectiveTo: '01/01/2020', summary: 'Quy định' } as never));
    expect(late.fieldErrors?.effectiveTo).toEqual(['Ngày hết hiệu lực phải sau ngày có hiệu lực.']);
    expect(late.fieldErrors?.summary).toEqual(['Trích yếu cần ít nhất 10 ký tự.']);
    expect(await client.legalDocument.count()).toBe(0);
  });

  it('is refused to readers without the right, and published only by someone who did not write it', async () => {
    expect((await refused(createDocument(as(staff.contributor), { ...base, number: '1/2020/NĐ-CP', issuedOn: '01/01/2020', effectiveFrom: '01/01/2020', summary: 'Một văn bản thử nghiệm' } as never))).status).toBe(403);
    const { id } = await createDocument(as(staff.editor), { ...base, number: 'Số 91/2017/NĐ-CP', issuedOn: '31/07/2017', effectiveFrom: '15/09/2017', summary: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' } as never);
    const row = await client.legalDocument.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ number: '91/2017/NĐ-CP', slug: '91-2017-nd-cp', headWords: ' nghi dinh 91 2017 nd cp ', status: 'DRAFT' });
    expect((await refused(submitDocument(as(staff.editor), id, row.version))).message).toBe('Chưa gửi duyệt được: chưa tải lên tệp văn bản (PDF hoặc DOCX).');
    let { version } = await attachDocumentFile(as(staff.editor), id, row.version, (await upload(staff.editor.id)).id, 'Nghị định 91/2017/NĐ-CP (toàn văn)');
    ({ version } = await submitDocument(as(staff.editor), id, version));
    expect((await refused(publishDocument(as(staff.editor), id, version))).status).toBe(403);
    ({ version } = await saveDocument(as(staff.approver), id, version, { ...base, number: '91/2017/NĐ-CP', issuedOn: '31/07/2017', effectiveFrom: '15/09/2017', summary: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' } as never));
    expect((await refused(publishDocument(as(staff.approver), id, version))).message).toBe('Người nhập hoặc sửa văn bản không tự duyệt được; cần một người khác duyệt.');
    ({ version } = await publishDocument(as(staff.approver2), id, version));
    old = { id, version };
    expect((await loadDocument('91-2017-nd-cp'))?.attachments.map((file) => file.title)).toEqual(['Nghị định 91/2017/NĐ-CP (toàn văn)']);
    const kinds = await client.legalDocumentRevision.findMany({ where: { documentId: id }, orderBy: { id: 'asc' }, select: { kind: true } });
    expect(kinds.map((k) => k.kind)).toEqual(['CREATE', 'ATTACH', 'SUBMIT', 'SAVE', 'PUBLISH']);
  });

  it('refuses a stale form and a file that belongs to something else', async () => {
    expect((await refused(saveDocument(as(staff.approver), old.id, old.version - 1, { ...base, number: '91/2017/NĐ-CP', issuedOn: '31/07/2017', effectiveFrom: '15/09/2017', summary: 'Sửa trích yếu ở một bản cũ' } as never, 'Sửa'))).status).toBe(409);
    const other = await upload(staff.editor.id);
    await client.attachment.update({ where: { id: other.id }, data: { documentId: old.id } });
    const { id } = await createDocument(as(staff.editor), { ...base, number: '5/2024/NĐ-CP', issuedOn: '01/02/2024', effectiveFrom: '01/03/2024', summary: 'Một văn bản để thử tệp đính kèm' } as never);
    const draft = await client.legalDocument.findUniqueOrThrow({ where: { id } });
    expect((await refused(attachDocumentFile(as(staff.editor), id, draft.version, other.id, ''))).message).toBe('Chỉ gắn được tệp bạn vừa tải lên.');
    await client.legalDocument.delete({ where: { id } });
  });
});

describe('a document replaced by another', () => {
  it('shows the replacement on both pages, and the old one expires the day the new one takes effect', async () => {
    decree = await publish({ number: '98/2023/NĐ-CP', issuedOn: '26/12/2023', effectiveFrom: '26/12/2023', summary: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng' }, 'Điều 1. Phạm vi điều chỉnh. Khen thưởng đột xuất cho người có hành động dũng cảm cứu người.');
    const draft = await client.legalDocument.findUniqueOrThrow({ where: { id: decree.id } });
    // A published document is changed only by an approver, with a note for its history.
    expect((await refused(addRelation(as(staff.editor), decree.id, draft.version, { toId: old.id, kind: 'REPLACES', partial: false, note: '' }))).status).toBe(403);
    expect((await refused(addRelation(as(staff.approver), decree.id, draft.version, { toId: decree.id, kind: 'REPLACES', partial: false, note: '' }))).fieldErrors?.toId).toEqual(['Chọn một văn bản khác.']);
    ({ version: decree.version } = await addRelation(as(staff.approver), decree.id, draft.version, { toId: old.id, kind: 'REPLACES', partial: false, note: '' }));
    expect((await refused(addRelation(as(staff.approver), decree.id, decree.version, { toId: old.id, kind: 'REPLACES', partial: false, note: '' }))).message).toBe('Quan hệ này đã có.');

    const oldPage = (await loadDocument('91-2017-nd-cp'))!;
    const newPage = (await loadDocument('98-2023-nd-cp'))!;
    expect(oldPage.incomingDocuments.map((d) => [d.kind, d.number])).toEqual([['REPLACES', '98/2023/NĐ-CP']]);
    expect(newPage.outgoing.map((d) => [d.kind, d.number])).toEqual([['REPLACES', '91/2017/NĐ-CP']]);
    expect(withValidity(oldPage, '2023-12-25').state).toEqual({ validity: 'IN_FORCE', since: '2017-09-15', next: { validity: 'EXPIRED', on: '2023-12-26' } });
    expect(withValidity(oldPage, '2026-11-29').state).toMatchObject({ validity: 'EXPIRED', since: '2023-12-26' });
    expect(withValidity(newPage, '2026-11-29').state.validity).toBe('IN_FORCE');
    const jsonLd = buildDocumentJsonLd(newPage, 'IN_FORCE', 'https://portal.test', { name: 'Sở Nội vụ', url: 'https://portal.test' });
    expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '98/2023/NĐ-CP', legislationLegalForce: 'https://schema.org/InForce', legislationChanges: [{ legislationIdentifier: '91/2017/NĐ-CP' }] });
    expect(buildDocumentDublinCore(oldPage, 'https://portal.test', 'Sở Nội vụ')['DC.identifier']).toBe('91/2017/NĐ-CP');
  });

  it('is no longer replaced when the relation is removed, or when the replacing document is withdrawn', async () => {
    const relation = await client.legalDocumentRelation.findFirstOrThrow({ where: { fromId: decree.id } });
    ({ version: decree.version } = await removeRelation(as(staff.approver), decree.id, decree.version, relation.id));
    expect(withValidity((await loadDocument('91-2017-nd-cp'))!, '2026-11-29').state.validity).toBe('IN_FORCE');
    ({ version: decree.version } = await addRelation(as(staff.approver), decree.id, decree.version, { toId: old.id, kind: 'REPLACES', partial: false, note: '' }));
    const withdrawn = await withdrawDocument(as(staff.approver), decree.id, decree.version, 'Nhập nhầm');
    expect(await loadDocument('98-2023-nd-cp')).toBeNull();
    expect((await loadDocument('91-2017-nd-cp'))!.incomingDocuments).toEqual([]);
    // Published again: the replacement is back.
    let { version } = await submitDocument(as(staff.editor), decree.id, withdrawn.version);
    ({ version } = await publishDocument(as(staff.approver2), decree.id, version));
    decree.version = version;
    expect((await loadDocument('91-2017-nd-cp'))!.incomingDocuments.map((d) => d.number)).toEqual(['98/2023/NĐ-CP']);
  });

  it('expires on its own end date with no edit, and an amendment makes it partly expired', async () => {
    const plan = await publish({ type: 'PLAN', number: '12/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh An Hòa', scope: 'PROVINCIAL', issuedOn: '10/01/2025', effectiveFrom: '10/01/2025', effectiveTo: '01/01/2026', summary: 'Kế hoạch tổ chức phong trào thi đua năm 2025' });
    const amending = await publish({ type: 'CIRCULAR', number: '15/2025/TT-BNV', issuer: 'Bộ Nội vụ', issuedOn: '01/06/2025', effectiveFrom: '15/07/2025', summary: 'Sửa đổi, bổ sung một số điều của Thông tư hướng dẫn Nghị định 98/2023/NĐ-CP' });
    await addRelation(as(staff.approver), amending.id, amending.version, { toId: decree.id, kind: 'AMENDS', partial: false, note: 'Điều 5' });
    const planPage = (await loadDocument('12-kh-ubnd-2025'))!;
    expect(withValidity(planPage, '2025-12-31').state.validity).toBe('IN_FORCE');
    expect(withValidity(planPage, '2026-01-01').state.validity).toBe('EXPIRED');
    expect(withValidity((await loadDocument('98-2023-nd-cp'))!, '2026-11-29').state).toMatchObject({ validity: 'PARTLY_EXPIRED', since: '2025-07-15' });
  });
});

describe('finding documents', () => {
  it('puts Decree 98/2023 first for its number typed any way, and finds words inside its file', async () => {
    for (const typed of ['98/2023', '98/2023/NĐ-CP', '98/2023/ND-CP', 'nghi dinh 98', 'Nghị định số 98']) {
      const ids = await findDocumentIds(q(typed));
      expect(ids[0], typed).toBe(decree.id);
    }
    // The circular cites the decree in its summary: found, after it.
    expect(await findDocumentIds(q('98/2023/NĐ-CP'))).toHaveLength(2);
    expect(await findDocumentIds(q('hanh dong dung cam cuu nguoi'))).toEqual([decree.id]);
    expect(await findDocumentIds(q('163/QĐ-UBND'))).toEqual([]);
  });

  it('never finds a draft, and filters by type, issuer, year and computed validity', async () => {
    await createDocument(as(staff.editor), { ...base, number: '99/2023/NĐ-CP', issuedOn: '27/12/2023', effectiveFrom: '27/12/2023', summary: 'Bản nháp chưa công bố về thi đua' } as never);
    expect(await findDocumentIds(q('99/2023'))).toEqual([]);
    const all = await index();
    const list = (params: Record<string, string>, today = '2026-11-29') => {
      const query = parseDocumentQuery(params, [...new Set(all.map((d) => d.issuer))]);
      return { numbers: selectDocuments(all, query, null, today).items.map((d) => d.number), notes: query.notes };
    };
    expect(list({}).numbers).toEqual(['15/2025/TT-BNV', '12/KH-UBND', '98/2023/NĐ-CP', '91/2017/NĐ-CP']);
    expect(list({ loai: 'nghi-dinh' }).numbers).toEqual(['98/2023/NĐ-CP', '91/2017/NĐ-CP']);
    expect(list({ 'co-quan': 'Bộ Nội vụ' }).numbers).toEqual(['15/2025/TT-BNV']);
    expect(list({ nam: '2025' }).numbers).toEqual(['15/2025/TT-BNV', '12/KH-UBND']);
    expect(list({ 'tinh-trang': 'het-hieu-luc' }).numbers).toEqual(['12/KH-UBND', '91/2017/NĐ-CP']);
    expect(list({ 'tinh-trang': 'het-hieu-luc-mot-phan' }).numbers).toEqual(['98/2023/NĐ-CP']);
    expect(list({ 'tinh-trang': 'con-hieu-luc' }).numbers).toEqual(['15/2025/TT-BNV']);
    expect(list({ loai: 'xyz', 'co-quan': 'Không có', nam: '20x5', 'tinh-trang': 'abc' })).toEqual({
      numbers: ['15/2025/TT-BNV', '12/KH-UBND', '98/2023/NĐ-CP', '91/2017/NĐ-CP'],
      notes: [
        'Loại văn bản đã chọn không có; đã bỏ bộ lọc này.',
        'Cơ quan ban hành đã chọn không có văn bản nào; đã bỏ bộ lọc này.',
        'Năm ban hành cần có 4 chữ số; đã bỏ bộ lọc năm.',
        'Tình trạng hiệu lực đã chọn không có; đã bỏ bộ lọc này.',
      ],
    });
  });
});

describe('forms and procedures', () => {
  const procedure = { name: 'Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', nationalCode: '1.000775', url: '', level: 'PROVINCIAL' as const, internal: false, agency: 'Sở Nội vụ', resultType: 'Quyết định khen thưởng', timeLimitText: '20 ngày làm việc', position: '1' };

  it('publishes a procedure only with its page on the National Public Service Portal', async () => {
    const bad = await refused(saveProcedure(as(staff.editor), null, { ...procedure, nationalCode: 'abc', url: 'https://example.com/thu-tuc' }));
    expect(bad.fieldErrors?.nationalCode).toEqual(['Mã thủ tục có dạng 1.000775 (như trên Cổng Dịch vụ công quốc gia).']);
    expect(bad.fieldErrors?.url?.[0]).toMatch(/^Địa chỉ phải là trang của thủ tục trên Cổng Dịch vụ công quốc gia/);
    const { id } = await saveProcedure(as(staff.editor), null, procedure);
    expect((await refused(setProcedurePublished(as(staff.editor), id, true))).status).toBe(403);
    const noLink = await refused(setProcedurePublished(as(staff.approver), id, true));
    expect(noLink.message).toBe('Thủ tục chưa có địa chỉ trên Cổng Dịch vụ công quốc gia nên chưa đưa lên cổng được.');
    // The database refuses it too, whatever path writes it.
    await expect(client.procedureLink.update({ where: { id }, data: { published: true } })).rejects.toThrow();
    expect(await loadProcedures()).toEqual([]);
    const url = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000775';
    await saveProcedure(as(staff.editor), id, { ...procedure, url });
    await setProcedurePublished(as(staff.approver), id, true);
    expect((await loadProcedures()).map((p) => [p.nationalCode, p.name, p.url, p.timeLimitText])).toEqual([['1.000775', procedure.name, url, '20 ngày làm việc']]);
    // Its link cannot be removed while it is on the portal.
    expect((await refused(saveProcedure(as(staff.editor), id, procedure))).fieldErrors?.url).toEqual(['Nhập địa chỉ trang thủ tục trên Cổng Dịch vụ công quốc gia.']);
    expect((await refused(saveProcedure(as(staff.editor), null, { ...procedure, url }))).fieldErrors?.nationalCode).toEqual(['Đã có thủ tục cùng mã.']);
  });

  it('publishes a form only with its file, naming its source document', async () => {
    const { id } = await saveForm(as(staff.editor), null, { code: 'Mẫu số 01', title: 'Báo cáo thành tích đề nghị tặng thưởng cho tập thể', sourceDocumentId: String(decree.id), position: '1' });
    expect((await refused(setFormPublished(as(staff.approver), id, true))).message).toBe('Chưa đưa lên cổng được: biểu mẫu chưa có tệp (DOCX hoặc PDF).');
    await attachFormFile(as(staff.editor), id, (await upload(staff.editor.id)).id, 'Mẫu số 01 (DOCX)');
    await setFormPublished(as(staff.approver), id, true);
    const [form] = await loadForms();
    expect(form).toMatchObject({ code: 'Mẫu số 01', source: { number: '98/2023/NĐ-CP', slug: '98-2023-nd-cp' }, files: [{ title: 'Mẫu số 01 (DOCX)' }] });
    expect((await loadDocument('98-2023-nd-cp'))!.forms.map((f) => f.code)).toEqual(['Mẫu số 01']);
    await setFormPublished(as(staff.approver), id, false);
    expect(await loadForms()).toEqual([]);
    expect((await loadDocument('98-2023-nd-cp'))!.forms).toEqual([]);
  });
});
