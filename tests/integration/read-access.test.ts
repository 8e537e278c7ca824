import { describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/content/editor-dashboard';
import { createArticle } from '@/lib/editor/article-store';
import { currentVersion, getEditableArticle, getPreview, listEditorArticles } from '@/lib/editor/editor-queries';
import { canReadAttachment, canReadPhoto, isPublicPhoto } from '@/lib/editor/read-access';
import { getRevision, listRevisions } from '@/lib/editor/revisions';
import { transition } from '@/lib/editor/workflow';
import { articleForm, as, codeOf, useEditorial } from '../support/editor';

// `article.read`: contributors read their own articles and published ones, nothing else of
// anyone's, whatever the door (form, preview, revisions, list, photos, files).

const editorial = useEditorial();
const { client } = editorial;

async function withPhotoAndFile(author: typeof editorial.staff.editor, title: string) {
  const media = await client.media.create({ data: { storageKey: `2026-11-${title.length.toString(16).padStart(24, '0')}`, mime: 'image/jpeg', bytes: 1, width: 10, height: 10, checksum: `c-${title}`, createdById: author.id } });
  const file = await client.attachment.create({ data: { title: 'Tờ trình', originalName: 'to-trinh.pdf', mime: 'application/pdf', bytes: 9, checksum: 'x', storageKey: `files/${title}`, createdById: author.id } });
  const created = await createArticle(as(author), articleForm(editorial.sectionId, { title, tags: [], photos: [{ mediaId: media.id, alt: 'Ảnh', caption: '', credit: '', decorative: false }], attachments: [{ id: file.id, title: 'Tờ trình' }] }));
  return { created, media, file: await client.attachment.findUniqueOrThrow({ where: { id: file.id } }) };
}

describe('contributors read only their own articles and published ones', () => {
  it('refuses a colleague’s draft at every door, and serves their own', async () => {
    const theirs = await withPhotoAndFile(editorial.staff.editor, 'Bản nháp của biên tập viên');
    const mine = await createArticle(as(editorial.staff.contributor), articleForm(editorial.sectionId, { title: 'Bản nháp của tôi', tags: [] }));
    const ctv = editorial.staff.contributor;

    expect(await getEditableArticle(ctv, theirs.created.id)).toBeNull();
    expect(await getPreview(ctv, theirs.created.id)).toBeNull();
    expect(await currentVersion(ctv, theirs.created.id)).toBeNull();
    expect(await codeOf(listRevisions(as(ctv), theirs.created.id))).toBe('not_found');
    const revision = await client.revision.findFirstOrThrow({ where: { articleId: theirs.created.id } });
    expect(await codeOf(getRevision(as(ctv), theirs.created.id, revision.id))).toBe('not_found');
    expect(await canReadPhoto(ctv, { id: theirs.media.id })).toBe(false);
    expect(await canReadAttachment(ctv, theirs.file)).toBe(false);
    const titles = (await listEditorArticles(ctv, { page: 1 })).items.map((item) => item.title);
    expect(titles).toContain('Bản nháp của tôi');
    expect(titles).not.toContain('Bản nháp của biên tập viên');

    expect((await getEditableArticle(ctv, mine.id))?.title).toBe('Bản nháp của tôi');
    // Editors and above read everything.
    expect((await getEditableArticle(editorial.staff.approver, theirs.created.id))?.title).toBe('Bản nháp của biên tập viên');
    expect(await canReadPhoto(editorial.staff.approver, { id: theirs.media.id })).toBe(true);
  });

  it('lets contributors read an article once it is published, and makes its photo public then', async () => {
    const article = await withPhotoAndFile(editorial.staff.editor, 'Bài sẽ được đăng ngay');
    expect(await isPublicPhoto(article.media.storageKey)).toBe(false);
    const submitted = await transition(as(editorial.staff.editor), article.created.id, 'submit', { version: article.created.version });
    await transition(as(editorial.staff.approver), article.created.id, 'publish', { version: submitted.version });
    expect((await getEditableArticle(editorial.staff.contributor, article.created.id))?.title).toBe('Bài sẽ được đăng ngay');
    expect(await isPublicPhoto(article.media.storageKey)).toBe(true);
    expect(await canReadAttachment(editorial.staff.contributor, { ...article.file, articleId: article.created.id })).toBe(true);
  });

  it('keeps scheduled, not yet public articles off a contributor’s dashboard', async () => {
    const later = new Date(Date.now() + 7 * 3600_000 + 3 * 86_400_000).toISOString().slice(0, 16);
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Bài hẹn giờ tuần sau', tags: [], publishedAt: later }));
    const submitted = await transition(as(editorial.staff.editor), created.id, 'submit', { version: created.version });
    await transition(as(editorial.staff.approver), created.id, 'publish', { version: submitted.version });
    expect((await getDashboard(editorial.staff.contributor)).scheduled).toEqual([]);
    expect((await getDashboard(editorial.staff.editor)).scheduled.map((item) => item.title)).toContain('Bài hẹn giờ tuần sau');
  });
});
