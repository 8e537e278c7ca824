import 'server-only';
import type { ArticleStatus, RevisionKind } from '@/generated/prisma/client';
import { assertCan, type Action } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { announceChange } from '@/lib/content/announce';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { facts, loadEditable, lockArticle, publicFootprint, writeRevision } from './article-store';
import { mergeChanges, NO_CHANGE, recordAudit, type CacheChange, type EditorContext } from './context';
import { contentAuthors } from './pending-edits';
import { readinessErrors } from './readiness';

// The moves between statuses (see DOMAIN.md): draft → submitted → returned (with a
// comment) / published or scheduled → withdrawn (with a reason). Each one locks the row,
// is checked against the permission table and is written to the audit log.

export type Transition = 'submit' | 'return' | 'publish' | 'forcePublish' | 'withdraw';

const ACTIONS: Record<Transition, Action> = {
  submit: 'article.submit',
  return: 'article.return',
  publish: 'article.publish',
  forcePublish: 'article.forcePublish',
  withdraw: 'article.withdraw',
};

function requireText(value: string | undefined, field: string, message: string): string {
  const text = cleanLine(value ?? '');
  if (!text) throw new AppError('bad_request', message, { fieldErrors: { [field]: [message] } });
  if (text.length > 2000) throw new AppError('bad_request', 'Nội dung quá dài (tối đa 2.000 ký tự).', { fieldErrors: { [field]: ['Tối đa 2.000 ký tự.'] } });
  return text;
}

const REVISION_KINDS: Record<Transition, RevisionKind> = {
  submit: 'SUBMIT',
  return: 'RETURN',
  publish: 'PUBLISH',
  forcePublish: 'FORCE_PUBLISH',
  withdraw: 'WITHDRAW',
};

export type TransitionInput = { version: number; comment?: string; reason?: string };
export type TransitionResult = { status: ArticleStatus; version: number; change: CacheChange };

export async function transition(ctx: EditorContext, id: number, kind: Transition, input: TransitionInput): Promise<TransitionResult> {
  assertCan(ctx.actor, ACTIONS[kind]);
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    const authors = kind === 'publish' ? await contentAuthors(tx, id) : [];
    assertCan(ctx.actor, ACTIONS[kind], { ...facts(current), authors });
    if (current.version !== input.version) {
      throw new AppError('conflict', 'Bài viết vừa được người khác thay đổi; vui lòng tải lại trang trước khi thao tác.');
    }
    const now = new Date();
    const detail: Record<string, unknown> = { from: current.status };
    let data: Parameters<typeof tx.article.update>[0]['data'];

    if (kind === 'submit' || kind === 'publish' || kind === 'forcePublish') {
      const errors = readinessErrors(current);
      if (Object.keys(errors).length > 0) throw new AppError('bad_request', 'Bài chưa đủ để gửi duyệt hoặc đăng: vui lòng sửa các mục được đánh dấu.', { fieldErrors: errors });
    }
    switch (kind) {
      case 'submit':
        data = { status: 'SUBMITTED' };
        break;
      case 'return':
        detail.comment = requireText(input.comment, 'comment', 'Vui lòng ghi rõ lý do trả lại để người viết sửa.');
        data = { status: 'RETURNED', returnComment: detail.comment as string };
        break;
      case 'publish':
      case 'forcePublish': {
        if (kind === 'forcePublish') detail.reason = requireText(input.reason, 'reason', 'Vui lòng ghi lý do đăng không qua duyệt.');
        const publishedAt = current.publishedAt ? new Date(current.publishedAt) : now;
        const status = publishedAt > now ? 'SCHEDULED' : 'PUBLISHED';
        detail.publishedAt = publishedAt.toISOString();
        data = { status, publishedAt, returnComment: null };
        break;
      }
      case 'withdraw':
        detail.reason = requireText(input.reason, 'reason', 'Vui lòng ghi lý do gỡ bài.');
        data = { status: 'WITHDRAWN', withdrawnAt: now, withdrawalReason: detail.reason as string };
        break;
    }
    const row = await tx.article.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: { status: true, version: true } });
    detail.to = row.status;
    await recordAudit(tx, ctx, `article.${kind}`, { type: 'article', id }, detail);
    // The version list shows each step beside the saves, with its comment or reason.
    const revisionKind: RevisionKind = kind === 'publish' && row.status === 'SCHEDULED' ? 'SCHEDULE' : REVISION_KINDS[kind];
    await writeRevision(tx, ctx, await loadEditable(tx, id), { kind: revisionKind, note: String(detail.comment ?? detail.reason ?? '') });
    const visible = kind === 'publish' || kind === 'forcePublish' || kind === 'withdraw';
    const change = visible ? await publicFootprint(tx, id) : NO_CHANGE;
    await announceChange(tx, change);
    return { status: row.status, version: row.version, change };
  });
}

/**
 * Scheduled articles whose time has come become PUBLISHED. Public reads already show a
 * due scheduled article; this settles its status and says which pages to refresh. Run by
 * the server every few seconds and at start (catch-up after downtime).
 */
export async function publishDueArticles(now = new Date()): Promise<{ ids: number[]; change: CacheChange }> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Article" WHERE status = 'SCHEDULED' AND "publishedAt" <= ${now} FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return { ids: [], change: NO_CHANGE };
    const ids = due.map((row) => row.id);
    await tx.article.updateMany({ where: { id: { in: ids } }, data: { status: 'PUBLISHED' } });
    const changes = [];
    for (const id of ids) {
      await recordAudit(tx, { actor: null, ip: null }, 'article.scheduledPublish', { type: 'article', id });
      changes.push(await publicFootprint(tx, id));
    }
    const change = mergeChanges(...changes);
    await announceChange(tx, change);
    return { ids, change };
  });
}
