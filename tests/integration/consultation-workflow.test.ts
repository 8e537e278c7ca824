import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCalendarDay } from '@/lib/consultations/calendar-admin';
import { addCandidates, createConsultation, saveConsultation } from '@/lib/consultations/consultation-store';
import { approveConsultation, concludeConsultation, extendDeadline, returnConsultation, submitConsultation, withdrawCandidate } from '@/lib/consultations/consultation-workflow';
import { listResponses, readResponse, setResponseStatus, summaryCsv, summaryOf } from '@/lib/consultations/response-inbox';
import { newFormToken, submitResponse } from '@/lib/consultations/responses';
import { computeDeadline, WorkingCalendar } from '@/lib/consultations/working-days';
import { readCalendarEntries } from '@/lib/consultations/calendar';
import { db } from '@/lib/db';
import { resetDatabase, testClient } from '../support/database';
import { as, createStaff, refused } from '../support/editor';

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;
let awards: Map<string, number>;

beforeAll(async () => {
  await resetDatabase(client);
  staff = await createStaff(client);
  awards = new Map((await client.awardType.findMany()).map((a) => [a.code, a.id]));
});
afterAll(() => client.$disconnect());

const fields = (overrides: Record<string, unknown> = {}) => ({
  title: 'Lấy ý kiến Nhân dân về đề nghị tặng Huân chương Lao động năm 2026',
  slug: '',
  summary: 'Danh sách đề nghị khen thưởng cấp Nhà nước được công khai để Nhân dân góp ý.',
  legalBasis: 'Khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP',
  proposingBody: 'Sở Nội vụ',
  proposalRef: 'Tờ trình số 45/TTr-SNV ngày 02/06/2026',
  opensAt: '',
  workingDays: '10',
  countPostingDay: false,
  receivingUnit: 'Ban Thi đua – Khen thưởng',
  postalAddress: '12 Trần Phú',
  email: 'bantdkt@example.gov.vn',
  phone: '',
  contactPerson: '',
  ...overrides,
});

const candidate = (overrides: Record<string, unknown> = {}) => ({
  kind: 'INDIVIDUAL',
  name: 'Nguyễn Thị Hồng Nhung',
  jobTitle: 'Hiệu trưởng',
  unit: 'Trường THCS Tân Hòa',
  commune: 'Phường Tân Hòa',
  awardTypeId: awards.get('HC_LAO_DONG'),
  awardClass: 'Ba',
  posthumous: false,
  achievementSummary: 'Thành tích từ năm 2020 đến năm 2024.',
  ...overrides,
});


describe('a consultation from draft to outcome', () => {
  let id = 0;
  let version = 0;

  it('is drafted by an editor, never by a contributor', async () => {
    expect((await refused(createConsultation(as(staff.contributor), fields()))).status).toBe(403);
    ({ id, version } = await createConsultation(as(staff.editor), fields()));
    expect(await client.consultation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', slug: 'lay-y-kien-nhan-dan-ve-de-nghi-tang-huan-chuong-lao-dong-nam-2026' });
  });

  it('adds candidates only when every one keeps the taxonomy’s rules', async () => {
    const wrong = await refused(
      addCandidates(as(staff.editor), id, version, [
        candidate(),
        candidate({ name: 'Trần Văn Bình', awardClass: 'Tư' }),
        candidate({ name: 'Lê Minh Tâm', awardTypeId: awards.get('CO_THI_DUA_CHINH_PHU'), awardClass: null }),
      ]),
    );
    expect(wrong.fieldErrors).toEqual({
      'candidate-2': ['Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.'],
      'candidate-3': ['Cờ thi đua của Chính phủ chỉ xét tặng cho tập thể, không tặng cho cá nhân.'],
    });
    expect(await client.consultationCandidate.count({ where: { consultationId: id } })).toBe(0);
    ({ version } = await addCandidates(as(staff.editor), id, version, [candidate(), candidate({ name: 'Hợp tác xã An Bình', kind: 'COLLECTIVE', awardTypeId: awards.get('CO_THI_DUA_CHINH_PHU'), awardClass: null })]));
    expect((await client.consultationCandidate.findMany({ where: { consultationId: id }, orderBy: { position: 'asc' } })).map((c) => c.name)).toEqual(['Nguyễn Thị Hồng Nhung', 'Hợp tác xã An Bình']);
  });

  it('refuses a window shorter than the award’s floor, with the legal reason', async () => {
    ({ version } = await saveConsultation(as(staff.editor), id, version, fields({ workingDays: '7' })));
    const short = await refused(submitConsultation(as(staff.editor), id, version));
    expect(short.message).toContain('Tối thiểu 10 ngày làm việc (khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP): danh sách có Huân chương Lao động.');
    ({ version } = await saveConsultation(as(staff.editor), id, version, fields()));
    ({ version } = await submitConsultation(as(staff.editor), id, version));
  });

  it('is approved by someone who did not write it: the window is frozen on the calendar of the day', async () => {
    expect((await refused(approveConsultation(as(staff.editor), id, version))).status).toBe(403);
    ({ version } = await returnConsultation(as(staff.approver), id, version, 'Bổ sung tờ trình.'));
    expect((await client.consultation.findUniqueOrThrow({ where: { id } })).returnComment).toBe('Bổ sung tờ trình.');
    ({ version } = await submitConsultation(as(staff.editor), id, version));
    const now = new Date();
    ({ version } = await approveConsultation(as(staff.approver), id, version, now));
    const row = await client.consultation.findUniqueOrThrow({ where: { id } });
    const expected = computeDeadline(new WorkingCalendar(await readCalendarEntries(db)), now, 10);
    expect(row).toMatchObject({ status: 'OPEN', opensAt: now, closesAt: expected.closesAt });
    expect(row.closesOn?.toISOString().slice(0, 10)).toBe(expected.closesOn);
    expect((await client.consultationRevision.findMany({ where: { consultationId: id }, orderBy: { id: 'asc' } })).map((r) => r.kind)).toEqual(['CREATE', 'SAVE', 'SAVE', 'SAVE', 'SUBMIT', 'RETURN', 'SUBMIT', 'PUBLISH']);
  });

  it('can be extended to a later day only, with a public reason', async () => {
    const row = await client.consultation.findUniqueOrThrow({ where: { id } });
    const current = row.closesOn!.toISOString().slice(0, 10).split('-').reverse().join('/');
    expect((await refused(extendDeadline(as(staff.approver), id, version, { closesOn: current, reason: 'Thêm thời gian' }))).message).toMatch(/^Chỉ gia hạn được sang một ngày sau/);
    expect((await refused(extendDeadline(as(staff.editor), id, version, { closesOn: '31/12/2030', reason: 'x' }))).status).toBe(403);
    ({ version } = await extendDeadline(as(staff.approver), id, version, { closesOn: '31/12/2030', reason: 'Nhiều ý kiến đề nghị thêm thời gian.' }));
    expect(await client.consultation.findUniqueOrThrow({ where: { id } })).toMatchObject({ closesAt: new Date('2030-12-31T17:00:00.000Z'), extendedReason: 'Nhiều ý kiến đề nghị thêm thời gian.' });
  });

  it('withdraws a candidate with a note, and concludes only after the deadline', async () => {
    const [first] = await client.consultationCandidate.findMany({ where: { consultationId: id }, orderBy: { position: 'asc' } });
    ({ version } = await withdrawCandidate(as(staff.approver), id, version, first.id, 'Đơn vị đề nghị rút hồ sơ.'));
    expect(await client.consultationCandidate.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ withdrawnNote: 'Đơn vị đề nghị rút hồ sơ.' });
    expect((await refused(concludeConsultation(as(staff.approver), id, version, { outcomeText: 'Kết quả', outcomeUrl: '' }))).status).toBe(409);
  });
});

describe('the response inbox', () => {
  let consultationId = 0;
  let responseId = 0;

  beforeAll(async () => {
    const row = await client.consultation.findFirstOrThrow({ where: { status: 'OPEN' } });
    consultationId = row.id;
    await submitResponse(row.slug, { formToken: newFormToken(), candidateId: '', fullName: 'Phạm Văn Khải', email: 'khai@example.vn', phone: '', address: '', content: '=HYPERLINK("http://x")', consent: 'dong-y' }, [], { ip: '10.1.1.1' });
    responseId = (await client.consultationResponse.findFirstOrThrow()).id;
  });

  it('is closed to contributors and editors (403), open to approvers and administrators', async () => {
    for (const user of [staff.contributor, staff.editor]) {
      expect((await refused(listResponses(as(user), {}))).status).toBe(403);
      expect((await refused(readResponse(as(user), responseId))).status).toBe(403);
      expect((await refused(summaryOf(as(user), consultationId))).status).toBe(403);
    }
    expect((await refused(listResponses(as(null), {}))).status).toBe(401);
    expect((await listResponses(as(staff.approver), { consultationId })).rows.map((r) => r.fullName)).toEqual(['Phạm Văn Khải']);
    expect((await readResponse(as(staff.admin), responseId)).content).toBe('=HYPERLINK("http://x")');
  });

  it('writes every read to the audit log: the list, one comment, the summary', async () => {
    await client.auditLog.deleteMany({ where: { action: { startsWith: 'response.' } } });
    await listResponses(as(staff.approver), { consultationId });
    await readResponse(as(staff.approver), responseId);
    const summary = await summaryOf(as(staff.approver), consultationId);
    await setResponseStatus(as(staff.approver), [responseId], 'FORWARDED', 'Chuyển Hội đồng ngày 10/12');
    const entries = await client.auditLog.findMany({ where: { action: { startsWith: 'response.' } }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => [e.action, e.actorId, e.entityId])).toEqual([
      ['response.list', staff.approver.id, String(responseId)],
      ['response.read', staff.approver.id, String(responseId)],
      ['response.export', staff.approver.id, String(consultationId)],
      ['response.status', staff.approver.id, String(responseId)],
    ]);
    // The CSV keeps a formula as text, so a spreadsheet never runs what a citizen typed.
    const csv = summaryCsv(summary, (d) => d.toISOString());
    expect(csv.startsWith('\uFEFFSTT,Mã tiếp nhận,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(await client.consultationResponse.findUniqueOrThrow({ where: { id: responseId } })).toMatchObject({ status: 'FORWARDED', internalNote: 'Chuyển Hội đồng ngày 10/12', handledById: staff.approver.id });
  });
});

describe('the working-day calendar', () => {
  it('is kept by administrators only; a change never moves a published deadline but flags what it would have moved', async () => {
    const live = await client.consultation.create({
      data: { slug: 'dot-co-dinh', title: 'Đợt có hạn cố định', status: 'OPEN', opensAt: new Date('2030-06-03T08:00:00+07:00'), workingDays: 10, closesOn: new Date('2030-06-17'), closesAt: new Date('2030-06-17T17:00:00Z') },
    });
    const day = { date: '10/06/2030', kind: 'EXTRA_DAY_OFF', name: 'Nghỉ thêm', source: 'Quyết định thử nghiệm', provisional: false };
    expect((await refused(saveCalendarDay(as(staff.approver), day))).status).toBe(403);
    expect((await refused(saveCalendarDay(as(staff.admin), { ...day, source: '' }))).fieldErrors).toEqual({ source: ['Vui lòng ghi văn bản quy định ngày này.'] });
    const { flagged } = await saveCalendarDay(as(staff.admin), day);
    expect(flagged).toEqual(['dot-co-dinh']);
    const after = await client.consultation.findUniqueOrThrow({ where: { id: live.id } });
    expect(after.closesOn?.toISOString().slice(0, 10)).toBe('2030-06-17');
    expect(after.calendarFlaggedAt).not.toBeNull();
  });
});

describe('the award taxonomy', () => {
  it('is edited by administrators only, with its legal basis and validity, and never given a class it does not have', async () => {
    const { updateAwardType } = await import('@/lib/awards/award-admin');
    const award = await client.awardType.findUniqueOrThrow({ where: { code: 'BANG_KHEN_CHU_TICH_TINH' } });
    const fields = {
      name: award.name,
      nameEn: award.nameEn,
      level: award.level,
      conferrer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      classes: '',
      recipientKinds: award.recipientKinds,
      posthumousAllowed: true,
      consultationRequired: false,
      minConsultationWorkingDays: '',
      consultationBasis: '',
      description: award.description,
      legalBasis: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP',
      validFrom: '01/01/2024',
      validTo: '30/06/2027',
    };
    expect((await refused(updateAwardType(as(staff.approver), award.id, fields))).status).toBe(403);
    expect((await refused(updateAwardType(as(staff.admin), award.id, { ...fields, classes: 'Nhất, Tư' }))).fieldErrors).toEqual({ classes: ['Hạng chỉ gồm Nhất, Nhì, Ba.'] });
    expect((await refused(updateAwardType(as(staff.admin), award.id, { ...fields, validTo: '31/12/2023' }))).fieldErrors).toEqual({ validTo: ['Ngày hết hiệu lực phải sau ngày có hiệu lực.'] });
    await updateAwardType(as(staff.admin), award.id, fields);
    const after = await client.awardType.findUniqueOrThrow({ where: { id: award.id } });
    expect(after.validTo?.toISOString().slice(0, 10)).toBe('2027-06-30');
    expect(after.legalBasis).toBe('Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP');
    expect(await client.auditLog.count({ where: { action: 'award.update', actorId: staff.admin.id } })).toBe(1);
  });
});
