import 'server-only';
import { diffWords } from 'diff';
import type { RevisionKind } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { bodyToText } from '@/lib/content/body-text';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { facts, lockArticle, writeContent, type SaveResult } from './article-store';
import { recordAudit, type EditorContext } from './context';
import { assertCanReadArticle } from './read-access';
import { readSnapshot, type ArticleSnapshot } from './editable-article';
import { snapshotToInput } from './form-state';

// Every save leaves a full snapshot. Editors list them, compare two, and restore one:
// restoring writes a new version in draft state and never changes what the public sees.

export type RevisionItem = { id: number; version: number; kind: RevisionKind; note: string; createdAt: string; author: string | null };

export async function listRevisions(ctx: EditorContext, articleId: number): Promise<RevisionItem[]> {
  await assertCanReadArticle(ctx.actor, articleId);
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ version: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, version: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, version: row.version, kind: row.kind, note: row.note, createdAt: row.createdAt.toISOString(), author: row.createdBy?.name ?? null }));
}

export async function getRevision(ctx: EditorContext, articleId: number, revisionId: number): Promise<{ item: RevisionItem; snapshot: ArticleSnapshot }> {
  await assertCanReadArticle(ctx.actor, articleId);
  const row = await db.revision.findFirst({ where: { id: revisionId, articleId }, include: { createdBy: { select: { name: true } } } });
  const snapshot = row ? readSnapshot(row.snapshot) : null;
  if (!row || !snapshot) throw new AppError('not_found', 'Không tìm thấy phiên bản này.');
  return {
    item: { id: row.id, version: row.version, kind: row.kind, note: row.note, createdAt: row.createdAt.toISOString(), author: row.createdBy?.name ?? null },
    snapshot,
  };
}

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; label: string; parts: DiffPart[] };

const TEXT_FIELDS: [string, string, (s: ArticleSnapshot) => string][] = [
  ['title', 'Tiêu đề', (s) => s.title],
  ['slug', 'Đường dẫn', (s) => s.slug],
  ['sapo', 'Sapo', (s) => s.sapo],
  ['source', 'Nguồn tin', (s) => s.source],
  ['byline', 'Tác giả', (s) => s.byline],
  ['tags', 'Tag', (s) => s.tags.join(', ')],
  ['body', 'Nội dung', (s) => bodyToText(s.body)],
  ['photos', 'Ảnh và chú thích', (s) => s.photos.map((p, i) => `Ảnh ${i + 1}: ${p.alt} — ${p.caption} (${p.credit})`).join('\n')],
  ['attachments', 'Tệp đính kèm', (s) => s.attachments.map((f) => f.title).join('\n')],
];

/** Word-level differences of the text fields; fields that did not change are left out. */
export function diffSnapshots(older: ArticleSnapshot, newer: ArticleSnapshot): FieldDiff[] {
  return TEXT_FIELDS.flatMap(([field, label, read]) => {
    const a = read(older);
    const b = read(newer);
    if (a === b) return [];
    return [{ field, label, parts: diffWords(a, b).map((part) => ({ value: part.value, added: part.added || undefined, removed: part.removed || undefined })) }];
  });
}

/**
 * Restores a revision's content as a new version. A working article (draft, returned,
 * submitted) becomes a draft again; a live article is refused here, its editor loads the
 * revision into the form instead, so nothing public changes until someone saves.
 */
export async function restoreRevision(ctx: EditorContext, articleId: number, revisionId: number, version: number): Promise<SaveResult> {
  assertCan(ctx.actor, 'article.edit');
  const { snapshot, item } = await getRevision(ctx, articleId, revisionId);
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, articleId);
    assertCan(ctx.actor, 'article.edit', facts(current));
    if (current.version !== version) throw new AppError('conflict', 'Bài viết vừa được người khác thay đổi; vui lòng tải lại trang.');
    if (!['DRAFT', 'RETURNED', 'SUBMITTED'].includes(current.status)) {
      throw new AppError('bad_request', 'Bài đang đăng: hãy mở phiên bản trong biểu mẫu, xem lại rồi lưu.');
    }
    // Files that were deleted since cannot come back; the rest of the snapshot can.
    const files = await tx.attachment.findMany({ where: { id: { in: snapshot.attachments.map((f) => f.id) } }, select: { id: true, articleId: true } });
    const available = new Set(files.filter((f) => f.articleId === null || f.articleId === articleId).map((f) => f.id));
    const media = new Set((await tx.media.findMany({ where: { id: { in: snapshot.photos.map((p) => p.mediaId) } }, select: { id: true } })).map((m) => m.id));
    const input = snapshotToInput({
      ...snapshot,
      photos: snapshot.photos.filter((p) => media.has(p.mediaId)),
      attachments: snapshot.attachments.filter((f) => available.has(f.id)),
    });
    await tx.article.update({ where: { id: articleId }, data: { status: 'DRAFT' } });
    const result = await writeContent(tx, ctx, { ...current, status: 'DRAFT' }, input, { kind: 'RESTORE', note: `Từ phiên bản ${item.version}` });
    await recordAudit(tx, ctx, 'article.restore', { type: 'article', id: articleId }, { revisionId, fromVersion: item.version, to: result.article.version });
    return { id: articleId, version: result.article.version, slug: result.article.slug, status: result.article.status, change: result.change };
  });
}
