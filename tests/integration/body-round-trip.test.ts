import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupArticle } from '@/lib/content/public-queries';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { listRevisions, restoreRevision } from '@/lib/editor/revisions';
import { transition } from '@/lib/editor/workflow';
import { AppError } from '@/lib/errors';
import { NODE_SAMPLES } from '../support/body-samples';
import { paragraphs, testClient } from '../support/database';
import { articleForm, as, setUpEditorial, type createStaff } from '../support/editor';

// Every kind of content the editor makes survives save → database → revision → restore →
// public page unchanged, through the same code the form's server action calls.

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;
let sectionId: number;
let mediaId: number;

beforeAll(async () => {
  ({ staff, sectionId } = await setUpEditorial(client));
  mediaId = (await client.media.create({ data: { storageKey: 'vong-tron', mime: 'image/jpeg', bytes: 1000, width: 1600, height: 1067, checksum: 'vong-tron' } })).id;
});
afterAll(() => client.$disconnect());

const photos = () => [{ mediaId, alt: 'Toàn cảnh hội nghị', caption: 'Toàn cảnh Hội nghị', credit: 'Ngọc Hân', decorative: false }];
const storedBody = async (id: number) => (await client.article.findUniqueOrThrow({ where: { id }, select: { body: true } })).body;

describe('each kind of content round-trips through the save path', () => {
  for (const [kind, make] of Object.entries(NODE_SAMPLES)) {
    it(`${kind}: saved, reloaded, restored and published unchanged`, async () => {
      const doc = make(mediaId);
      const form = (body: unknown, extra = {}) => articleForm(sectionId, { title: `Mẫu ${kind}`, tags: [], body: JSON.stringify(body), photos: photos(), ...extra });
      const created = await createArticle(as(staff.editor), form(doc));
      expect(await storedBody(created.id)).toStrictEqual(doc);

      // Overwritten, then the first revision restored: the document comes back whole.
      const other = await saveArticle(as(staff.editor), created.id, created.version, form(paragraphs('Nội dung khác hẳn.')));
      expect(await storedBody(created.id)).toStrictEqual(paragraphs('Nội dung khác hẳn.'));
      const first = (await listRevisions(as(staff.editor), created.id)).find((r) => r.kind === 'CREATE')!;
      const restored = await restoreRevision(as(staff.editor), created.id, first.id, other.version);
      expect(await storedBody(created.id)).toStrictEqual(doc);

      if (kind === 'photoSlot') {
        // A slot still waiting for its photo cannot go out to the public.
        const error = await transition(as(staff.editor), created.id, 'submit', { version: restored.version }).catch((e: AppError) => e);
        expect((error as AppError).fieldErrors?.body).toEqual(['Còn 1 chỗ ảnh chưa có ảnh: “Toàn cảnh Hội nghị”. Hãy thả hoặc chọn ảnh vào, hoặc bỏ chỗ ảnh đó.']);
        return;
      }
      const submitted = await transition(as(staff.editor), created.id, 'submit', { version: restored.version });
      await transition(as(staff.approver), created.id, 'publish', { version: submitted.version });
      const page = await lookupArticle(restored.slug);
      expect(page.kind === 'found' && page.article.body).toStrictEqual(doc);
    });
  }
});

describe('a save that cannot keep everything keeps nothing', () => {
  it('refuses an unknown node, naming it, and leaves the article as it was', async () => {
    const created = await createArticle(as(staff.editor), articleForm(sectionId, { title: 'Bài nguyên vẹn', tags: [] }));
    const before = await client.article.findUniqueOrThrow({ where: { id: created.id } });
    const bad = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn mới' }] }, { type: 'video', attrs: { src: 'x.mp4' } }] };
    const error = await saveArticle(as(staff.editor), created.id, created.version, articleForm(sectionId, { title: 'Tên mới', tags: [], body: JSON.stringify(bad) })).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.body).toEqual(['Nội dung chưa lưu được: khối thứ 2 (“video”): loại nội dung “video” không được hỗ trợ.']);
    expect(await client.article.findUniqueOrThrow({ where: { id: created.id } })).toStrictEqual(before);
    expect(await client.revision.count({ where: { articleId: created.id } })).toBe(1);
  });

  it('refuses a body sent as an object instead of the form’s JSON text', async () => {
    const error = await createArticle(as(staff.editor), articleForm(sectionId, { body: paragraphs('x') })).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors?.body).toEqual(['Nội dung gửi lên không đúng định dạng; vui lòng tải lại trang.']);
  });

  it('refuses a photo placed in the body that is not one of the article’s photos', async () => {
    const error = await createArticle(as(staff.editor), articleForm(sectionId, { body: JSON.stringify(NODE_SAMPLES.figure(mediaId)), photos: [] })).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors?.body).toEqual(['Nội dung có ảnh không nằm trong phần Ảnh của bài (có thể do dán từ bài khác): hãy bỏ khối ảnh đó, hoặc thêm ảnh ấy từ Thư viện ảnh.']);
  });

  it('takes "Ảnh:" off captions and the source off the sapo, so neither prints twice', async () => {
    const created = await createArticle(
      as(staff.editor),
      articleForm(sectionId, {
        title: 'Tiền tố không in hai lần',
        tags: [],
        sapo: '(Vinhlong.gov.vn) – Uỷ ban nhân dân tỉnh tổ chức Hội nghị tổng kết.',
        body: JSON.stringify(NODE_SAMPLES.figure(mediaId)),
        photos: [{ ...photos()[0], caption: 'Ảnh: Toàn cảnh Hội nghị' }],
      }),
    );
    const row = await client.article.findUniqueOrThrow({ where: { id: created.id }, include: { photos: true } });
    expect({ sapo: row.sapo, source: row.source, caption: row.photos[0].caption }).toEqual({ sapo: 'Uỷ ban nhân dân tỉnh tổ chức Hội nghị tổng kết.', source: 'Vinhlong.gov.vn', caption: 'Toàn cảnh Hội nghị' });
  });
});
