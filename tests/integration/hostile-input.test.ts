import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { updateUser } from '@/lib/admin/users';
import { extractDocumentText } from '@/lib/content/extract-text';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { AppError } from '@/lib/errors';
import { uploadAttachment, uploadPhoto } from '@/lib/uploads/store-upload';
import { paragraphs } from '../support/database';
import { articleForm, as, useEditorial } from '../support/editor';
import { zip } from '../support/zip';

// What a hostile test of the editor area tried: every answer is a Vietnamese field error
// or a clean refusal, never "Có lỗi ngoài dự kiến" (a 500).

const editorial = useEditorial();
const { client } = editorial;

/** The AppError a call fails with (anything else fails the test). */
async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const DOCX_TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const wordXml = (text: string) => `<w:document><w:body><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p><w:p><w:r><w:t>Đoạn hai &amp; ba</w:t></w:r></w:p></w:body></w:document>`;

describe('text that cannot be stored as typed', () => {
  it('keeps NUL and lone surrogates out of what is saved, and saves the rest', async () => {
    const broken = 'Thi\u0000 đua \ud83d khen thưởng';
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: broken, sapo: broken, body: JSON.stringify(paragraphs(broken)) }));
    const row = await client.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe('Thi đua \ufffd khen thưởng');
    expect(row.sapo).toBe('Thi đua \ufffd khen thưởng');
    expect(row.body).toEqual(paragraphs('Thi đua \ufffd khen thưởng'));
  });
});

describe('ids that are not ids', () => {
  it('answers ids above PostgreSQL’s integer and non-numbers with field errors', async () => {
    const draft = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId));
    const huge = await refusal(saveArticle(as(editorial.staff.editor), draft.id, draft.version, articleForm(editorial.sectionId, { attachments: [{ id: 2 ** 31, title: 'x' }] })));
    expect(huge).toMatchObject({ code: 'bad_request', fieldErrors: { 'attachments.0.id': ['Mã không hợp lệ.'] } });
    const photo = await refusal(saveArticle(as(editorial.staff.editor), draft.id, draft.version, articleForm(editorial.sectionId, { photos: [{ mediaId: 9_007_199_254_740_991, alt: 'a', caption: '', credit: '', decorative: false }] })));
    expect(photo.fieldErrors?.['photos.0.mediaId']).toEqual(['Mã không hợp lệ.']);
    expect(await refusal(updateUser(as(editorial.staff.admin), { id: Number.NaN, name: 'A', role: 'EDITOR', disabled: false }))).toMatchObject({ code: 'bad_request', fieldErrors: { id: ['Mã không hợp lệ.'] } });
  });
});

describe('damaged and hostile files', () => {
  it('refuses a photo cut short in Vietnamese, storing nothing', async () => {
    const whole = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#284' } }).jpeg({ quality: 95 }).toBuffer();
    const before = await client.media.count();
    const error = await refusal(uploadPhoto(as(editorial.staff.editor), whole.subarray(0, Math.floor(whole.length / 2)), 'anh-hong.jpg'));
    expect(error.message).toBe('Ảnh bị hỏng hoặc tải lên không trọn vẹn; vui lòng chọn lại tệp ảnh.');
    expect(await client.media.count()).toBe(before);
  });

  it('refuses a DOCX whose directory says it unpacks to gigabytes, before reading it', async () => {
    const bomb = zip([
      ['[Content_Types].xml', DOCX_TYPES],
      ['word/document.xml', Buffer.alloc(64 * 1024), { deflate: true, declaredSize: 1024 ** 3 }],
    ]);
    const error = await refusal(uploadAttachment(as(editorial.staff.editor), bomb, 'to-trinh.docx'));
    expect(error.message).toBe('Tệp nén bên trong giải nén ra quá lớn; không nhận tệp này. Vui lòng lưu lại tệp từ Word, Excel hoặc LibreOffice rồi tải lên.');
  });

  it('stops inflating a DOCX that lies about its size, and indexes nothing from it', async () => {
    const before = process.memoryUsage().rss;
    const liar = zip([
      ['[Content_Types].xml', DOCX_TYPES],
      ['word/document.xml', Buffer.alloc(80 * 1024 * 1024, 0x20), { deflate: true, declaredSize: 2000 }],
    ]);
    expect(await extractDocumentText(liar, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('');
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('reads the words of an honest DOCX for search', async () => {
    const docx = zip([
      ['[Content_Types].xml', DOCX_TYPES],
      ['word/document.xml', wordXml('Quyết định khen thưởng số 163/QĐ-UBND'), { deflate: true }],
    ]);
    const file = await uploadAttachment(as(editorial.staff.editor), docx, 'quyet-dinh.docx');
    expect((await client.attachment.findUniqueOrThrow({ where: { id: file.id } })).text).toBe('Quyết định khen thưởng số 163/QĐ-UBND\nĐoạn hai & ba');
  });
});

describe('attaching files by id', () => {
  const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

  it('takes the editor’s own fresh upload, refuses a colleague’s, and takes back a file this article had', async () => {
    const mine = await uploadAttachment(as(editorial.staff.editor), pdf('cua toi'), 'cua-toi.pdf');
    const theirs = await uploadAttachment(as(editorial.staff.approver), pdf('cua dong nghiep'), 'cua-dong-nghiep.pdf');
    const form = (ids: number[]) => articleForm(editorial.sectionId, { attachments: ids.map((id) => ({ id, title: `Tệp ${id}` })) });

    const error = await refusal(createArticle(as(editorial.staff.editor), form([theirs.id])));
    expect(error.fieldErrors?.attachments).toEqual(['Có tệp đính kèm không thuộc bài này; vui lòng tải lại trang.']);
    expect((await client.attachment.findUniqueOrThrow({ where: { id: theirs.id } })).articleId).toBeNull();

    const created = await createArticle(as(editorial.staff.editor), form([mine.id]));
    const detached = await saveArticle(as(editorial.staff.editor), created.id, created.version, form([]));
    // Someone else may put it back: it was this article's.
    const back = await saveArticle(as(editorial.staff.approver), created.id, detached.version, form([mine.id]));
    expect((await client.attachment.findUniqueOrThrow({ where: { id: mine.id } })).articleId).toBe(created.id);
    // Another article cannot take it from this one.
    const other = await createArticle(as(editorial.staff.editor), form([]));
    expect((await refusal(saveArticle(as(editorial.staff.editor), other.id, other.version, form([mine.id])))).code).toBe('bad_request');
    expect(back.version).toBeGreaterThan(detached.version);
  });
});
