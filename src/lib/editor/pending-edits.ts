import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { facts, lockArticle, writeContent, type SaveResult, type Tx } from './article-store';
import { NO_CHANGE, recordAudit, type EditorContext } from './context';
import { snapshotToInput } from './form-state';

// Four eyes on live articles. Saving a published or scheduled article does not change what
// the public sees (saveArticle keeps the edit as a pending revision): here the edit is
// published by someone who did not write it, or dropped. An approver's own small
// correction is published alone only where the site's settings allow it, marked in the log.

/** Everyone who changed the content since it was last published (or ever, if never). */
export async function contentAuthors(tx: Tx | typeof db, articleId: number): Promise<number[]> {
  const published = await tx.revision.findFirst({
    where: { articleId, kind: { in: ['PUBLISH', 'FORCE_PUBLISH', 'SCHEDULE', 'CORRECTION'] } },
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  const rows = await tx.revision.findMany({
    where: { articleId, kind: { in: ['CREATE', 'SAVE', 'AUTOSAVE', 'RESTORE'] }, createdById: { not: null }, ...(published ? { id: { gt: published.id } } : {}) },
    distinct: ['createdById'],
    select: { createdById: true },
  });
  return rows.map((row) => row.createdById!);
}

/** Publishes the pending edit of a live article: by someone who did not write it. */
export async function publishPendingEdit(ctx: EditorContext, id: number, version: number): Promise<SaveResult> {
  assertCan(ctx.actor, 'article.publishEdit');
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    assertCan(ctx.actor, 'article.publishEdit', { ...facts(current), pendingEdit: Boolean(current.pending), authors: await contentAuthors(tx, id) });
    if (current.version !== version) throw new AppError('conflict', 'Bản sửa vừa được thay đổi; vui lòng tải lại trang trước khi duyệt.');
    const pending = current.pending!;
    const { article, change } = await writeContent(tx, ctx, current, snapshotToInput(pending.snapshot), { kind: 'PUBLISH', note: 'Duyệt bản sửa' });
    await tx.article.update({ where: { id }, data: { pendingRevisionId: null } });
    await recordAudit(tx, ctx, 'article.publishEdit', { type: 'article', id }, { revisionId: pending.revisionId, author: pending.author });
    return { id, version: article.version, slug: article.slug, status: article.status, change };
  });
}

/** Drops the pending edit (it stays in the version list); the public version is untouched. */
export async function discardPendingEdit(ctx: EditorContext, id: number, version: number): Promise<SaveResult> {
  assertCan(ctx.actor, 'article.edit');
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    assertCan(ctx.actor, 'article.edit', facts(current));
    if (current.version !== version) throw new AppError('conflict', 'Bản sửa vừa được thay đổi; vui lòng tải lại trang.');
    if (!current.pending) throw new AppError('bad_request', 'Bài không có bản sửa nào đang chờ duyệt.');
    await tx.article.update({ where: { id }, data: { pendingRevisionId: null, version: { increment: 1 } } });
    await recordAudit(tx, ctx, 'article.discardEdit', { type: 'article', id }, { revisionId: current.pending.revisionId });
    return { id, version: version + 1, slug: current.slug, status: current.status, change: NO_CHANGE };
  });
}

/** Whether the site lets approvers publish their own small corrections alone. */
export async function correctionsAloneAllowed(): Promise<boolean> {
  return (await db.siteSettings.findUnique({ where: { id: 1 }, select: { approverMayCorrectAlone: true } }))?.approverMayCorrectAlone ?? false;
}
