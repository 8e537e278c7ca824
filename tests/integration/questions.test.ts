import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuestionIds, loadQuestionPage, lookupQuestion, newQuestionToken, QUESTIONS_PER_HOUR, searchPublicQuestions, submitQuestion } from '@/lib/questions/questions';
import { assignQuestion, declineQuestion, getQuestionForNewsroom, publishAnswer, returnAnswer, submitAnswer } from '@/lib/questions/question-workflow';
import { as, refused, setUpEditorial } from '../support/editor';
import { testClient } from '../support/database';

// Hỏi đáp through the real path: a citizen asks without an account and gets a receipt
// code; the newsroom assigns, drafts and publishes the answer with four eyes; the asker
// follows it by the code; the public page and the search show it, never the contact.

const client = testClient();
let staff: Awaited<ReturnType<typeof setUpEditorial>>['staff'];

beforeAll(async () => {
  ({ staff } = await setUpEditorial(client));
});
afterAll(() => client.$disconnect());

const ask = (overrides: Record<string, string> = {}) => ({
  formToken: newQuestionToken(),
  fullName: 'Nguyễn Thị Hồng',
  email: 'hong@example.vn',
  phone: '',
  field: 'Thủ tục, hồ sơ khen thưởng',
  title: 'Hồ sơ khen thưởng nhiệm kỳ 2025-2030 nộp ở đâu?',
  content: 'Xin hỏi hồ sơ đề nghị khen thưởng của hội phụ nữ xã nộp ở đâu và trong thời hạn nào?',
  consent: 'dong-y',
  ...overrides,
});

let code = '';
let id = 0;

describe('a citizen asks', () => {
  it('is told every mistake at once, in Vietnamese, and nothing is saved', async () => {
    const error = await refused(submitQuestion({ ...ask(), fullName: ' ', email: '', phone: '', field: 'Khác lạ', title: 'Ngắn', content: 'Quá ngắn', consent: '' }, { ip: '192.0.2.10' }));
    expect(error.fieldErrors).toEqual({
      fullName: ['Vui lòng nhập họ và tên.'],
      field: ['Vui lòng chọn lĩnh vực của câu hỏi.'],
      title: ['Tiêu đề cần ít nhất 10 ký tự.'],
      content: ['Nội dung câu hỏi cần ít nhất 20 ký tự.'],
      consent: ['Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi câu hỏi.'],
      email: ['Vui lòng để lại thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.'],
    });
    expect(await client.question.count()).toBe(0);
  });

  it('gets a receipt code; sending the same form twice keeps one question; a flood is stopped', async () => {
    const fields = ask();
    const first = await submitQuestion(fields, { ip: '192.0.2.10' });
    expect(first.receiptCode).toMatch(/^HD-\d{4}-[A-Z2-9]{8}$/);
    expect(await submitQuestion(fields, { ip: '192.0.2.10' })).toEqual({ receiptCode: first.receiptCode, duplicate: true });
    code = first.receiptCode;
    id = (await client.question.findUniqueOrThrow({ where: { receiptCode: code } })).id;
    expect(JSON.stringify(await client.question.findUniqueOrThrow({ where: { id } }))).not.toContain('192.0.2.10');
    for (let i = 1; i < QUESTIONS_PER_HOUR; i += 1) await submitQuestion(ask(), { ip: '192.0.2.10' });
    expect((await refused(submitQuestion(ask(), { ip: '192.0.2.10' }))).status).toBe(429);
    expect((await lookupQuestion(code.toLowerCase()))?.status).toBe('RECEIVED');
    expect(await lookupQuestion('HD-2026-KHONGCO1')).toBeNull();
  });
});

describe('the newsroom answers', () => {
  it('assigns, drafts, and publishes only with a second person; the asker reads it by the code', async () => {
    expect((await refused(assignQuestion(as(staff.editor), id, 1, staff.editor.id))).status).toBe(403);
    const assigned = await assignQuestion(as(staff.approver), id, 1, staff.editor.id);
    expect((await refused(submitAnswer(as(staff.editor), id, assigned.version, 'Ngắn quá'))).fieldErrors?.answer).toEqual(['Câu trả lời cần ít nhất 20 ký tự.']);
    let { version } = await submitAnswer(as(staff.editor), id, assigned.version, 'Hồ sơ nộp trên Cổng Dịch vụ công quốc gia trước ngày 15 tháng 01 năm sau.');
    expect((await lookupQuestion(code))?.answer).toBeNull();
    ({ version } = await returnAnswer(as(staff.approver), id, version, 'Ghi rõ tên thủ tục.'));
    ({ version } = await submitAnswer(as(staff.approver), id, version, 'Hồ sơ nộp trên Cổng Dịch vụ công quốc gia, thủ tục "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh", trước ngày 15 tháng 01 năm sau.'));
    // The approver drafted this version: someone else publishes it.
    expect((await refused(publishAnswer(as(staff.approver), id, version))).message).toBe('Người soạn câu trả lời không tự duyệt được; cần một người khác duyệt.');
    expect((await refused(publishAnswer(as(staff.approver2), id, version - 1))).status).toBe(409);
    await publishAnswer(as(staff.approver2), id, version);
    const seen = (await lookupQuestion(code))!;
    expect(seen).toMatchObject({ status: 'ANSWERED', publicId: id });
    expect(seen.answer).toContain('Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh');
  });

  it('shows the answered question publicly and in search, without the asker’s contact', async () => {
    const page = await loadQuestionPage({ tokens: [], field: null, page: 1 });
    expect(page.items.map((q) => q.id)).toEqual([id]);
    expect(JSON.stringify(page)).not.toContain('hong@example.vn');
    for (const words of [['nhiem', 'ky', '2025', '2030'], ['cong', 'dich', 'vu', 'cong'], ['hoi', 'phu', 'nu']]) {
      expect(await findQuestionIds(words), words.join(' ')).toEqual([id]);
    }
    expect((await searchPublicQuestions(['bang', 'khen'])).map((q) => q.title)).toEqual(['Hồ sơ khen thưởng nhiệm kỳ 2025-2030 nộp ở đâu?']);
    expect(await loadQuestionPage({ tokens: [], field: 'Danh hiệu thi đua', page: 1 })).toMatchObject({ total: 0 });
  });

  it('declines a question with a reason the asker reads; the newsroom read is audited', async () => {
    const other = await client.question.findFirstOrThrow({ where: { status: 'RECEIVED' } });
    expect((await refused(declineQuestion(as(staff.approver), other.id, other.version, 'Ngắn'))).fieldErrors?.reason).toBeDefined();
    await declineQuestion(as(staff.approver), other.id, other.version, 'Câu hỏi trùng với câu hỏi đã trả lời; mời xem mục Hỏi đáp.');
    expect((await lookupQuestion(other.receiptCode))).toMatchObject({ status: 'DECLINED', declineReason: 'Câu hỏi trùng với câu hỏi đã trả lời; mời xem mục Hỏi đáp.', answer: null });
    expect((await refused(getQuestionForNewsroom(as(staff.contributor), id))).status).toBe(403);
    await getQuestionForNewsroom(as(staff.editor), id);
    expect(await client.auditLog.count({ where: { action: 'question.view', entityId: String(id) } })).toBe(1);
  });
});
