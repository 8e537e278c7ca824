import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/generated/prisma/client';
import { lookupArticle } from '@/lib/content/public-queries';
import { ConflictError, createArticle, deleteDraft, saveArticle } from '@/lib/editor/article-store';
import { publishPendingEdit } from '@/lib/editor/pending-edits';
import { listRevisions, restoreRevision } from '@/lib/editor/revisions';
import { publishDueArticles, transition, type Transition } from '@/lib/editor/workflow';
import { AppError } from '@/lib/errors';
import { articleForm, as, codeOf, useEditorial } from '../support/editor';

const editorial = useEditorial();
const { client } = editorial;

/** A fresh article in `status`, created by `author`. */
async function articleIn(status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED', author = editorial.staff.contributor, title = `Bài ${Math.random()}`) {
  const created = await createArticle(as(author), articleForm(editorial.sectionId, { title, tags: [] }));
  if (status === 'DRAFT') return created;
  const submitted = await transition(as(author), created.id, 'submit', { version: created.version });
  if (status === 'SUBMITTED') return { ...created, version: submitted.version };
  const published = await transition(as(editorial.staff.approver), created.id, 'publish', { version: submitted.version });
  return { ...created, version: published.version };
}

describe('the permission table, enforced by the data layer', () => {
  it('refuses anonymous callers with "unauthorized" for every write', async () => {
    const draft = await articleIn('DRAFT');
    expect(await codeOf(createArticle(as(null), articleForm(editorial.sectionId)))).toBe('unauthorized');
    expect(await codeOf(saveArticle(as(null), draft.id, draft.version, articleForm(editorial.sectionId)))).toBe('unauthorized');
    for (const kind of ['submit', 'return', 'publish', 'forcePublish', 'withdraw'] as Transition[]) {
      expect(await codeOf(transition(as(null), draft.id, kind, { version: draft.version, reason: 'x', comment: 'x' }))).toBe('unauthorized');
    }
    expect(await codeOf(deleteDraft(as(null), draft.id))).toBe('unauthorized');
  });

  it('lets contributors work on their own drafts only', async () => {
    const mine = await articleIn('DRAFT', editorial.staff.contributor);
    expect(await codeOf(saveArticle(as(editorial.staff.contributor2), mine.id, mine.version, articleForm(editorial.sectionId)))).toBe('forbidden');
    expect(await codeOf(transition(as(editorial.staff.contributor2), mine.id, 'submit', { version: mine.version }))).toBe('forbidden');
    expect(await codeOf(deleteDraft(as(editorial.staff.contributor2), mine.id))).toBe('forbidden');
    const saved = await saveArticle(as(editorial.staff.contributor), mine.id, mine.version, articleForm(editorial.sectionId, { title: 'Bài của tôi', tags: [] }));
    // Submitted, it is out of the contributor's hands.
    const submitted = await transition(as(editorial.staff.contributor), mine.id, 'submit', { version: saved.version });
    // Contributors choose existing tags; creating new ones is for editors.
    expect(await codeOf(createArticle(as(editorial.staff.contributor), articleForm(editorial.sectionId, { tags: ['Tag mới tinh'] })))).toBe('bad_request');
    expect(await codeOf(saveArticle(as(editorial.staff.contributor), mine.id, submitted.version, articleForm(editorial.sectionId)))).toBe('forbidden');
  });

  it('matches the table for every role on a submitted article (role × action)', async () => {
    const expected: Record<Role, Record<Transition | 'edit', boolean>> = {
      CONTRIBUTOR: { edit: false, submit: false, return: false, publish: false, forcePublish: false, withdraw: false },
      EDITOR: { edit: true, submit: false, return: false, publish: false, forcePublish: false, withdraw: false },
      APPROVER: { edit: true, submit: false, return: true, publish: true, forcePublish: false, withdraw: false },
      ADMIN: { edit: true, submit: false, return: true, publish: true, forcePublish: true, withdraw: false },
    };
    const users = { CONTRIBUTOR: editorial.staff.contributor2, EDITOR: editorial.staff.editor, APPROVER: editorial.staff.approver, ADMIN: editorial.staff.admin };
    for (const role of Object.keys(expected) as Role[]) {
      for (const action of Object.keys(expected[role]) as (Transition | 'edit')[]) {
        const article = await articleIn('SUBMITTED');
        const work =
          action === 'edit'
            ? saveArticle(as(users[role]), article.id, article.version, articleForm(editorial.sectionId, { title: `Sửa ${Math.random()}` }))
            : transition(as(users[role]), article.id, action, { version: article.version, comment: 'Cần sửa', reason: 'Khẩn' });
        expect([role, action, await codeOf(work)]).toEqual([role, action, expected[role][action] ? 'ok' : 'forbidden']);
      }
    }
  });

  it('applies the four-eyes rule: nobody approves what they created or last edited', async () => {
    const own = await articleIn('SUBMITTED', editorial.staff.approver);
    expect(await codeOf(transition(as(editorial.staff.approver), own.id, 'publish', { version: own.version }))).toBe('forbidden');
    const other = await articleIn('SUBMITTED');
    const edited = await saveArticle(as(editorial.staff.approver), other.id, other.version, articleForm(editorial.sectionId, { title: 'Sửa trước khi duyệt' }));
    expect(await codeOf(transition(as(editorial.staff.approver), other.id, 'publish', { version: edited.version }))).toBe('forbidden');
    expect(await codeOf(transition(as(editorial.staff.approver2), other.id, 'publish', { version: edited.version }))).toBe('ok');
    // Administrators too; they may force-publish instead, with a written reason.
    const byAdmin = await articleIn('SUBMITTED', editorial.staff.admin);
    expect(await codeOf(transition(as(editorial.staff.admin), byAdmin.id, 'publish', { version: byAdmin.version }))).toBe('forbidden');
    expect(await codeOf(transition(as(editorial.staff.admin), byAdmin.id, 'forcePublish', { version: byAdmin.version, reason: '' }))).toBe('bad_request');
    expect(await codeOf(transition(as(editorial.staff.admin), byAdmin.id, 'forcePublish', { version: byAdmin.version, reason: 'Tin khẩn của Tỉnh uỷ' }))).toBe('ok');
    const log = await client.auditLog.findFirstOrThrow({ where: { entityId: String(byAdmin.id), action: 'article.forcePublish' } });
    expect(log).toMatchObject({ actorId: editorial.staff.admin.id, ip: '10.0.0.9', detail: { reason: 'Tin khẩn của Tỉnh uỷ', to: 'PUBLISHED' } });
  });

  it('deletes only drafts that were never published; published articles are withdrawn', async () => {
    const draft = await articleIn('DRAFT', editorial.staff.editor);
    expect(await codeOf(deleteDraft(as(editorial.staff.editor), draft.id))).toBe('ok');
    expect(await client.article.findUnique({ where: { id: draft.id } })).toBeNull();
    const live = await articleIn('PUBLISHED');
    expect(await codeOf(deleteDraft(as(editorial.staff.admin), live.id))).toBe('forbidden');
  });
});

describe('workflow', () => {
  it('goes draft → submitted → returned → submitted → published → withdrawn, each step logged', async () => {
    const created = await createArticle(as(editorial.staff.contributor), articleForm(editorial.sectionId, { title: 'Bài đi qua cả quy trình', tags: [] }));
    let version = (await transition(as(editorial.staff.contributor), created.id, 'submit', { version: created.version })).version;
    expect(await codeOf(transition(as(editorial.staff.approver), created.id, 'return', { version, comment: '   ' }))).toBe('bad_request');
    version = (await transition(as(editorial.staff.approver), created.id, 'return', { version, comment: 'Bổ sung số liệu khen thưởng.' })).version;
    expect(await client.article.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: 'RETURNED', returnComment: 'Bổ sung số liệu khen thưởng.' });
    const fixed = await saveArticle(as(editorial.staff.contributor), created.id, version, articleForm(editorial.sectionId, { title: 'Bài đi qua cả quy trình', tags: [], sapo: 'Sapo đã bổ sung số liệu.' }));
    version = (await transition(as(editorial.staff.contributor), created.id, 'submit', { version: fixed.version })).version;
    expect(await lookupArticle(created.slug)).toEqual({ kind: 'missing' });
    version = (await transition(as(editorial.staff.approver), created.id, 'publish', { version })).version;
    expect((await lookupArticle(created.slug)).kind).toBe('found');
    expect(await codeOf(transition(as(editorial.staff.approver), created.id, 'withdraw', { version, reason: '' }))).toBe('bad_request');
    await transition(as(editorial.staff.approver), created.id, 'withdraw', { version, reason: 'Thông tin chưa chính xác.' });
    expect((await lookupArticle(created.slug)).kind).toBe('withdrawn');
    const actions = await client.auditLog.findMany({ where: { entityType: 'article', entityId: String(created.id) }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['article.create', 'article.submit', 'article.return', 'article.update', 'article.submit', 'article.publish', 'article.withdraw']);
    expect(actions.every((a) => a.ip === '10.0.0.9' && a.actorId !== null)).toBe(true);
  });

  it('refuses to submit an article that is not ready, naming the fields', async () => {
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Chưa có sapo', sapo: '', body: JSON.stringify({ type: 'doc', content: [] }) }));
    const error = await transition(as(editorial.staff.editor), created.id, 'submit', { version: created.version }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fieldErrors ?? {}).sort()).toEqual(['body', 'sapo']);
  });

  it('keeps an old slug redirecting after a published article is renamed', async () => {
    const live = await articleIn('PUBLISHED', editorial.staff.contributor, 'Tên cũ của bài đã đăng');
    // A live article's edit waits for a second approver; published, the new address takes over.
    const edited = await saveArticle(as(editorial.staff.approver), live.id, live.version, articleForm(editorial.sectionId, { title: 'Tên mới của bài đã đăng', slug: 'ten-moi-cua-bai', tags: [] }));
    expect((await lookupArticle('ten-cu-cua-bai-da-dang')).kind).toBe('found');
    const renamed = await publishPendingEdit(as(editorial.staff.approver2), live.id, edited.version);
    expect(renamed.slug).toBe('ten-moi-cua-bai');
    expect(await lookupArticle('ten-cu-cua-bai-da-dang')).toEqual({ kind: 'moved', slug: 'ten-moi-cua-bai' });
    expect(renamed.change.slugs.sort()).toEqual(['ten-cu-cua-bai-da-dang', 'ten-moi-cua-bai']);
    // A slug another article uses (or used) is refused by name.
    const other = await articleIn('DRAFT');
    expect(await codeOf(saveArticle(as(editorial.staff.editor), other.id, other.version, articleForm(editorial.sectionId, { slug: 'ten-cu-cua-bai-da-dang' })))).toBe('bad_request');
  });
});

describe('no lost work', () => {
  it('refuses a save over a newer version and returns the newer one to show', async () => {
    const draft = await articleIn('DRAFT', editorial.staff.editor);
    await saveArticle(as(editorial.staff.approver), draft.id, draft.version, articleForm(editorial.sectionId, { title: 'Bản của Ban biên tập' }));
    const error = await saveArticle(as(editorial.staff.editor), draft.id, draft.version, articleForm(editorial.sectionId, { title: 'Bản của biên tập viên' })).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ title: 'Bản của Ban biên tập', version: draft.version + 1 });
    expect((await client.article.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe('Bản của Ban biên tập');
  });

  it('writes a full revision on every save and restores one as a new draft version', async () => {
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Phiên bản một', tags: ['Khen thưởng'] }));
    const second = await saveArticle(as(editorial.staff.editor), created.id, created.version, articleForm(editorial.sectionId, { title: 'Phiên bản hai', tags: [] }));
    const submitted = await transition(as(editorial.staff.editor), created.id, 'submit', { version: second.version });
    const revisions = await listRevisions(as(editorial.staff.editor), created.id);
    // Saves and workflow steps alike leave a revision, each saying what made it.
    expect(revisions.map((r) => [r.version, r.kind])).toEqual([
      [3, 'SUBMIT'],
      [2, 'SAVE'],
      [1, 'CREATE'],
    ]);
    const first = revisions.find((r) => r.version === 1)!;
    const restored = await restoreRevision(as(editorial.staff.editor), created.id, first.id, submitted.version);
    const row = await client.article.findUniqueOrThrow({ where: { id: created.id }, include: { tags: { include: { tag: true } } } });
    expect(row).toMatchObject({ title: 'Phiên bản một', status: 'DRAFT', version: restored.version });
    expect(row.tags.map((t) => t.tag.name)).toEqual(['Khen thưởng']);
    expect((await listRevisions(as(editorial.staff.editor), created.id))[0]).toMatchObject({ version: restored.version, kind: 'RESTORE', note: 'Từ phiên bản 1' });
  });

  it('never restores over a live article by itself', async () => {
    const live = await articleIn('PUBLISHED');
    const [revision] = await listRevisions(as(editorial.staff.approver), live.id);
    expect(await codeOf(restoreRevision(as(editorial.staff.approver), live.id, revision.id, live.version))).toBe('bad_request');
  });
});

describe('scheduled publishing', () => {
  beforeEach(() => client.article.updateMany({ where: { status: 'SCHEDULED' }, data: { status: 'WITHDRAWN' } }));

  it('shows a scheduled article once its time has come, then settles it as published', async () => {
    const tomorrow = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 16);
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Bài hẹn giờ', tags: [], publishedAt: tomorrow }));
    const submitted = await transition(as(editorial.staff.editor), created.id, 'submit', { version: created.version });
    expect((await transition(as(editorial.staff.approver), created.id, 'publish', { version: submitted.version })).status).toBe('SCHEDULED');
    expect(await lookupArticle(created.slug)).toEqual({ kind: 'missing' });
    expect((await publishDueArticles()).ids).toEqual([]);
    // Time passes (the clock is moved to 1.5 s ahead rather than waiting a day).
    await client.article.update({ where: { id: created.id }, data: { publishedAt: new Date(Date.now() + 1500) } });
    expect(await lookupArticle(created.slug)).toEqual({ kind: 'missing' });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    // Public reads show it as soon as it is due, before anything has run…
    expect((await lookupArticle(created.slug)).kind).toBe('found');
    // …and the server's periodic check settles it and names the pages to refresh.
    const due = await publishDueArticles();
    expect(due.ids).toEqual([created.id]);
    expect(due.change).toMatchObject({ slugs: [created.slug], sections: ['tin-hoat-dong'] });
    expect((await client.article.findUniqueOrThrow({ where: { id: created.id } })).status).toBe('PUBLISHED');
    expect(await client.auditLog.count({ where: { entityId: String(created.id), action: 'article.scheduledPublish' } })).toBe(1);
  });
});
