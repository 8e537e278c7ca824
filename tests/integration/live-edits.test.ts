import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupArticle } from '@/lib/content/public-queries';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { getEditableArticle } from '@/lib/editor/editor-queries';
import { discardPendingEdit, publishPendingEdit } from '@/lib/editor/pending-edits';
import { transition } from '@/lib/editor/workflow';
import { testClient } from '../support/database';
import { articleForm, as, codeOf, setUpEditorial, type createStaff } from '../support/editor';

// Four eyes on what the public reads: an edit of a live article waits for someone who did
// not write it; only where the settings allow, an approver publishes a small correction alone.

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;
let sectionId: number;

beforeAll(async () => {
  ({ staff, sectionId } = await setUpEditorial(client));
  await client.siteSettings.create({ data: { id: 1, siteName: 'Cổng thử', agencyName: 'Ban thử' } });
});
afterAll(() => client.$disconnect());

async function published(title: string) {
  const created = await createArticle(as(staff.editor), articleForm(sectionId, { title, tags: [] }));
  const submitted = await transition(as(staff.editor), created.id, 'submit', { version: created.version });
  const done = await transition(as(staff.approver), created.id, 'publish', { version: submitted.version });
  return { ...created, version: done.version };
}

const publicTitle = async (slug: string) => {
  const page = await lookupArticle(slug);
  return page.kind === 'found' ? page.article.title : page.kind;
};

describe('an edit of a live article', () => {
  it('waits while the public keeps the approved version, and cannot be published by its author', async () => {
    const live = await published('Bài đã duyệt');
    const edit = await saveArticle(as(staff.approver), live.id, live.version, articleForm(sectionId, { title: 'Bài đã duyệt (bản sửa)', tags: [] }));
    expect(edit.change).toEqual({ slugs: [], sections: [], tags: [] });
    expect(await publicTitle(live.slug)).toBe('Bài đã duyệt');
    const form = await getEditableArticle(staff.approver2, live.id);
    expect({ live: form?.title, pending: form?.pending?.snapshot.title, author: form?.pending?.author }).toEqual({ live: 'Bài đã duyệt', pending: 'Bài đã duyệt (bản sửa)', author: 'duyet' });

    expect(await codeOf(publishPendingEdit(as(staff.approver), live.id, edit.version))).toBe('forbidden');
    const out = await publishPendingEdit(as(staff.approver2), live.id, edit.version);
    expect(await publicTitle(live.slug)).toBe('Bài đã duyệt (bản sửa)');
    expect(out.change.slugs).toContain(live.slug);
    const row = await client.article.findUniqueOrThrow({ where: { id: live.id } });
    expect({ pending: row.pendingRevisionId, revised: row.revisedAt !== null }).toEqual({ pending: null, revised: true });
    const actions = await client.auditLog.findMany({ where: { entityType: 'article', entityId: String(live.id) }, orderBy: { id: 'asc' }, select: { action: true, actorId: true } });
    expect(actions.slice(-2)).toEqual([
      { action: 'article.editPending', actorId: staff.approver.id },
      { action: 'article.publishEdit', actorId: staff.approver2.id },
    ]);
  });

  it('can be dropped, leaving the public version and the history as they were', async () => {
    const live = await published('Bài giữ nguyên');
    const edit = await saveArticle(as(staff.approver), live.id, live.version, articleForm(sectionId, { title: 'Bản sửa sẽ bị bỏ', tags: [] }));
    const dropped = await discardPendingEdit(as(staff.approver), live.id, edit.version);
    expect(await publicTitle(live.slug)).toBe('Bài giữ nguyên');
    expect((await getEditableArticle(staff.approver, live.id))?.pending).toBeNull();
    expect(await client.revision.count({ where: { articleId: live.id, note: 'Bản sửa chờ duyệt' } })).toBe(1);
    expect(await codeOf(publishPendingEdit(as(staff.approver2), live.id, dropped.version))).toBe('forbidden');
  });

  it('of a scheduled article waits too', async () => {
    const later = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 16);
    const created = await createArticle(as(staff.editor), articleForm(sectionId, { title: 'Bài hẹn giờ', tags: [], publishedAt: later }));
    const submitted = await transition(as(staff.editor), created.id, 'submit', { version: created.version });
    const scheduled = await transition(as(staff.approver), created.id, 'publish', { version: submitted.version });
    expect(scheduled.status).toBe('SCHEDULED');
    await saveArticle(as(staff.admin), created.id, scheduled.version, articleForm(sectionId, { title: 'Bài hẹn giờ đã sửa', tags: [], publishedAt: later }));
    expect((await client.article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe('Bài hẹn giờ');
  });

  it('is published alone as a small correction only where the settings allow, and marked', async () => {
    const live = await published('Bài có lỗi chính tả');
    const correction = articleForm(sectionId, { title: 'Bài có lỗi chính tả đã sửa', tags: [] });
    expect(await codeOf(saveArticle(as(staff.approver), live.id, live.version, correction, { correction: true }))).toBe('forbidden');
    expect(await codeOf(saveArticle(as(staff.editor), live.id, live.version, correction, { correction: true }))).toBe('forbidden');
    await client.siteSettings.update({ where: { id: 1 }, data: { approverMayCorrectAlone: true } });
    try {
      await saveArticle(as(staff.approver), live.id, live.version, correction, { correction: true });
      expect(await publicTitle(live.slug)).toBe('Bài có lỗi chính tả đã sửa');
      expect(await client.auditLog.count({ where: { action: 'article.correctionAlone', entityId: String(live.id) } })).toBe(1);
      expect((await client.revision.findFirstOrThrow({ where: { articleId: live.id }, orderBy: { id: 'desc' } })).kind).toBe('CORRECTION');
    } finally {
      await client.siteSettings.update({ where: { id: 1 }, data: { approverMayCorrectAlone: false } });
    }
  });
});

describe('four eyes on a submission', () => {
  it('count everyone who changed the content since it was last published, not only the last editor', async () => {
    const created = await createArticle(as(staff.editor), articleForm(sectionId, { title: 'Bài nhiều người sửa', tags: [] }));
    const submitted = await transition(as(staff.editor), created.id, 'submit', { version: created.version });
    // The approver rewrites it, then an editor makes the last small change.
    const rewritten = await saveArticle(as(staff.approver), created.id, submitted.version, articleForm(sectionId, { title: 'Bài nhiều người sửa (viết lại)', tags: [] }));
    const touched = await saveArticle(as(staff.editor), created.id, rewritten.version, articleForm(sectionId, { title: 'Bài nhiều người sửa (viết lại).', tags: [] }));
    expect(await codeOf(transition(as(staff.approver), created.id, 'publish', { version: touched.version }))).toBe('forbidden');
    expect((await transition(as(staff.approver2), created.id, 'publish', { version: touched.version })).status).toBe('PUBLISHED');
  });
});
