import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSENT } from '@/lib/consultations/consent';
import { handleResponsePost } from '@/lib/consultations/response-route';
import { lookupResponse, newFormToken, submitResponse } from '@/lib/consultations/responses';
import { readFormDraft } from '@/lib/consultations/form-drafts';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { resetDatabase, testClient } from '../support/database';
import { createConsultation } from '../support/consultations';

const client = testClient();
afterAll(() => client.$disconnect());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const form = (overrides: Record<string, string> = {}) => ({
  formToken: newFormToken(),
  candidateId: '',
  fullName: 'Phạm Văn Khải',
  email: 'khai.pham@example.vn',
  phone: '',
  address: 'Ấp 3, xã Phú Lộc',
  content: 'Tôi xác nhận bà Nhung là người tận tụy với học sinh nghèo.',
  consent: 'dong-y',
  ...overrides,
});

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message, fieldErrors: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Stored files of comments (earlier tests leave theirs: compare before and after). */
async function storedResponseFiles() {
  const root = path.resolve(env().STORAGE_DIR, 'responses');
  return (await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).length;
}

let open: Awaited<ReturnType<typeof createConsultation>>;
beforeEach(async () => {
  await resetDatabase(client);
  open = await createConsultation(client, {
    title: 'Lấy ý kiến Nhân dân đối với đề nghị tặng Huân chương Lao động năm 2026',
    candidates: [
      { name: 'Nguyễn Thị Hồng Nhung', award: 'HC_LAO_DONG', awardClass: 'Ba' },
      { name: 'Trần Văn Bình', award: 'HC_LAO_DONG', awardClass: 'Ba', withdrawn: true },
    ],
  });
});

describe('a citizen’s comment', () => {
  it('is stored with the consent version and a hashed address, and answered with an unguessable receipt code', async () => {
    const result = await submitResponse(open.slug, form({ candidateId: String(open.candidates[0].id) }), [{ name: 'xac-nhan.pdf', bytes: PDF }], { ip: '203.0.113.7' });
    expect(result.receiptCode).toMatch(/^GY-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/);
    const row = await client.consultationResponse.findUniqueOrThrow({ where: { receiptCode: result.receiptCode }, include: { files: true } });
    expect(row).toMatchObject({ fullName: 'Phạm Văn Khải', candidateId: open.candidates[0].id, consentVersion: CONSENT.version, status: 'RECEIVED' });
    expect(row.ipHash).not.toContain('203.0.113.7');
    expect(row.files.map((f) => [f.originalName, f.mime])).toEqual([['xac-nhan.pdf', 'application/pdf']]);
  });

  it('gives its status to whoever has the code and the email or phone given with it, and to no one else', async () => {
    const { receiptCode } = await submitResponse(open.slug, form({ phone: '0912 345 678' }), [], { ip: '203.0.113.7' });
    expect(await lookupResponse(receiptCode, 'KHAI.PHAM@example.vn')).toMatchObject({ receiptCode, status: 'Đã tiếp nhận', consultation: { slug: open.slug } });
    expect(await lookupResponse(receiptCode.toLowerCase(), '+84 912 345 678')).toMatchObject({ status: 'Đã tiếp nhận' });
    expect(await lookupResponse(receiptCode, 'ai.do@example.vn')).toBeNull();
    expect(await lookupResponse(receiptCode, '')).toBeNull();
    expect(await lookupResponse('GY-2026-AAAAAAAA', 'khai.pham@example.vn')).toBeNull();
    await client.consultationResponse.update({ where: { receiptCode }, data: { status: 'FORWARDED', handledAt: new Date() } });
    expect(await lookupResponse(receiptCode, 'khai.pham@example.vn')).toMatchObject({ status: 'Đã chuyển Hội đồng Thi đua – Khen thưởng' });
  });

  it('after the deadline is refused with 409, stores nothing and says why', async () => {
    const filesBefore = await storedResponseFiles();
    const closed = await createConsultation(client, { title: 'Đợt đã hết hạn', opensAt: new Date(Date.now() - 30 * 24 * 3600_000), closesAt: new Date(Date.now() - 1000) });
    const refused = await failure(submitResponse(closed.slug, form(), [{ name: 'a.pdf', bytes: PDF }], { ip: '203.0.113.7' }));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/^Đã hết thời hạn lấy ý kiến \(hết ngày \d{2}\/\d{2}\/\d{4}\)\. Góp ý của bạn chưa được lưu\.$/);
    expect(await client.consultationResponse.count()).toBe(0);
    expect(await storedResponseFiles()).toBe(filesBefore);
  });

  it('names each missing or wrong field in Vietnamese', async () => {
    const refused = await failure(submitResponse(open.slug, form({ fullName: ' ', email: '', phone: '', content: '', consent: '' }), [], { ip: '203.0.113.7' }));
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual({
      fullName: ['Vui lòng nhập họ và tên.'],
      content: ['Vui lòng nhập nội dung góp ý.'],
      consent: ['Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi góp ý.'],
      email: ['Vui lòng để lại thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.'],
    });
    const long = await failure(submitResponse(open.slug, form({ content: 'ý'.repeat(5001), phone: '12345' }), [], { ip: '203.0.113.7' }));
    expect(long.fieldErrors).toEqual({ phone: ['Số điện thoại không đúng dạng (ví dụ: 0912 345 678).'], content: ['Nội dung góp ý dài quá 5.000 ký tự.'] });
    const withdrawn = await failure(submitResponse(open.slug, form({ candidateId: String(open.candidates[1].id) }), [], { ip: '203.0.113.7' }));
    expect(withdrawn.fieldErrors).toEqual({ candidateId: ['Người hoặc tập thể này không có trong danh sách đang lấy ý kiến.'] });
    expect(await client.consultationResponse.count()).toBe(0);
  });

  it('keeps HTML as the text it is', async () => {
    const { receiptCode } = await submitResponse(open.slug, form({ content: '<script>alert(1)</script> <b>đậm</b>' }), [], { ip: '203.0.113.7' });
    expect((await client.consultationResponse.findUniqueOrThrow({ where: { receiptCode } })).content).toBe('<script>alert(1)</script> <b>đậm</b>');
  });

  it('stores a form sent twice once, and answers both with the same receipt', async () => {
    const fields = form();
    const [first, second] = await Promise.all([submitResponse(open.slug, fields, [], { ip: '203.0.113.7' }), submitResponse(open.slug, fields, [], { ip: '203.0.113.7' })]);
    expect(second.receiptCode).toBe(first.receiptCode);
    expect(await client.consultationResponse.count()).toBe(1);
    expect((await submitResponse(open.slug, fields, [], { ip: '203.0.113.7' })).duplicate).toBe(true);
  });

  it('refuses the sixth comment from one address within an hour with 429, and not another address’s', async () => {
    for (let i = 0; i < 5; i += 1) await submitResponse(open.slug, form(), [], { ip: '198.51.100.4' });
    const refused = await failure(submitResponse(open.slug, form(), [], { ip: '198.51.100.4' }));
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/^Mỗi địa chỉ chỉ gửi được 5 góp ý trong một giờ\./);
    await submitResponse(open.slug, form(), [], { ip: '198.51.100.5' });
    expect(await client.consultationResponse.count()).toBe(6);
  });

  it('refuses a program renamed .pdf by its content, and a fourth file, storing nothing', async () => {
    const filesBefore = await storedResponseFiles();
    const exe = await failure(submitResponse(open.slug, form(), [{ name: 'y-kien.pdf', bytes: EXE }], { ip: '203.0.113.7' }));
    expect(exe).toMatchObject({ status: 400, fieldErrors: { files: ['Tệp "y-kien.pdf" không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp).'] } });
    const four = await failure(submitResponse(open.slug, form(), Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, bytes: PDF })), { ip: '203.0.113.7' }));
    expect(four.fieldErrors).toEqual({ files: ['Gửi kèm tối đa 3 tệp.'] });
    expect(await client.consultationResponse.count()).toBe(0);
    expect(await storedResponseFiles()).toBe(filesBefore);
  });

  it('is refused as not found for a consultation that is not public', async () => {
    const draft = await createConsultation(client, { title: 'Bản nháp', status: 'DRAFT' });
    const later = await createConsultation(client, { title: 'Chưa mở', status: 'SCHEDULED', opensAt: new Date(Date.now() + 24 * 3600_000) });
    expect((await failure(submitResponse(draft.slug, form(), [], { ip: null }))).status).toBe(404);
    expect((await failure(submitResponse(later.slug, form(), [], { ip: null }))).status).toBe(404);
  });
});

describe('the comment form’s POST', () => {
  const post = (fields: Record<string, string>, accept = 'text/html', files: [string, Buffer][] = []) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    for (const [name, bytes] of files) body.append('files', new Blob([new Uint8Array(bytes)]), name);
    return handleResponsePost(new Request(`http://localhost/lay-y-kien/${open.slug}/gop-y/gui`, { method: 'POST', body, headers: { accept, 'x-portal-client-ip': '192.0.2.1' } }), open.slug);
  };

  it('sends a browser without JavaScript to the receipt, and a script gets JSON', async () => {
    const page = await post(form());
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(new RegExp(`^/lay-y-kien/${open.slug}/gop-y/da-gui\\?ma=GY-\\d{4}-[0-9A-Z]{8}$`));
    const json = await post(form(), 'application/json', [['anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])]]);
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ ok: true, receiptCode: expect.stringMatching(/^GY-/) });
    expect(await client.consultationResponse.count()).toBe(2);
  });

  it('brings a browser without JavaScript back to the form with what was typed and why it was refused', async () => {
    const page = await post(form({ fullName: '', content: 'Nội dung dài tôi không muốn gõ lại.' }));
    expect(page.status).toBe(303);
    const draftId = /\?nhap=([\w-]+)$/.exec(page.headers.get('location') ?? '')?.[1];
    const draft = await readFormDraft(draftId);
    expect(draft).toMatchObject({ status: 400, errors: { fullName: ['Vui lòng nhập họ và tên.'] }, values: { content: 'Nội dung dài tôi không muốn gõ lại.', email: 'khai.pham@example.vn' } });
    // The draft is sealed: the database holds no readable copy of what was typed.
    expect((await client.formDraft.findUniqueOrThrow({ where: { id: draftId } })).payload).not.toContain('khai.pham');
    const json = await post(form({ fullName: '' }), 'application/json');
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ ok: false, fieldErrors: { fullName: ['Vui lòng nhập họ và tên.'] } });
  });

  it('drops a filled honeypot silently: a receipt-like answer, nothing stored', async () => {
    const page = await post({ ...form(), website: 'http://spam.example' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/da-gui\?ma=GY-/);
    expect(await client.consultationResponse.count()).toBe(0);
  });

  it('refuses a foreign origin', async () => {
    const body = new FormData();
    const response = await handleResponsePost(new Request(`http://localhost/x`, { method: 'POST', body, headers: { origin: 'https://evil.example', host: 'localhost' } }), open.slug);
    expect(response.status).toBe(403);
    // An Origin that is not even a URL is refused as foreign, not a server error.
    const malformed = await handleResponsePost(new Request(`http://localhost/x`, { method: 'POST', body: new FormData(), headers: { origin: 'http://[nicht', host: 'localhost' } }), open.slug);
    expect(malformed.status).toBe(403);
  });
});
