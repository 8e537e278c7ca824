import 'server-only';
import type { Prisma, RevisionKind } from '@/generated/prisma/client';
import { assertCan, type ArticleFacts } from '@/lib/auth/permissions';
import { EMPTY_BODY } from '@/lib/content/body-schema';
import { announceChange } from '@/lib/content/announce';
import { bodyToText } from '@/lib/content/body-text';
import { isPublicArticle } from '@/lib/content/public-rule';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { splitSapoSource } from '@/lib/text/prefixes';
import { mergeChanges, NO_CHANGE, recordAudit, type CacheChange, type EditorContext } from './context';
import { editableInclude, snapshotOf, toEditable, type EditableArticle } from './editable-article';
import { readinessErrors } from './readiness';
import { checkFiles, invalid, parseInput, resolveSlug, resolveTags } from './save-input';

// Creating and saving articles. Every save is one transaction: permission check against
// the locked row, optimistic-lock check, content, tags, photos, attachments, a full
// revision and an audit line, all or nothing.

export type Tx = Prisma.TransactionClient;

export class ConflictError extends AppError {
  readonly current: EditableArticle;
  constructor(current: EditableArticle) {
    super('conflict', 'Bài viết vừa được người khác thay đổi. Bản của bạn chưa được lưu; hãy so sánh hai bản bên dưới.');
    this.current = current;
  }
}

export const facts = (article: { status: EditableArticle['status']; createdById: number | null; lastEditorId: number | null }): ArticleFacts => ({
  status: article.status,
  createdById: article.createdById,
  lastEditorId: article.lastEditorId,
});

/** Reads the article and locks its row until the transaction ends. */
export async function lockArticle(tx: Tx, id: number): Promise<EditableArticle> {
  await tx.$executeRaw`SELECT 1 FROM "Article" WHERE id = ${id} FOR UPDATE`;
  const row = await tx.article.findUnique({ where: { id }, include: editableInclude });
  if (!row) throw new AppError('not_found', 'Không tìm thấy bài viết.');
  return toEditable(row);
}

export async function loadEditable(tx: Tx, id: number): Promise<EditableArticle> {
  return toEditable(await tx.article.findUniqueOrThrow({ where: { id }, include: editableInclude }));
}

/** Every public address and list the article shows up on right now. */
export async function publicFootprint(tx: Tx, id: number): Promise<CacheChange> {
  const row = await tx.article.findUnique({
    where: { id },
    select: { slug: true, oldSlugs: { select: { slug: true } }, section: { select: { slug: true } }, tags: { select: { tag: { select: { slug: true } } } } },
  });
  if (!row) return NO_CHANGE;
  return { slugs: [row.slug, ...row.oldSlugs.map((s) => s.slug)], sections: [row.section.slug], tags: row.tags.map((t) => t.tag.slug) };
}

async function siteName(tx: Tx): Promise<string> {
  return (await tx.siteSettings.findUnique({ where: { id: 1 }, select: { siteName: true } }))?.siteName ?? '';
}

type WriteResult = { article: EditableArticle; change: CacheChange };

/** What a revision records about the write that made it. */
export type RevisionNote = { kind: RevisionKind; note?: string };

/** Writes a full snapshot of the article as it now is. */
export async function writeRevision(tx: Tx, ctx: EditorContext, article: EditableArticle, { kind, note = '' }: RevisionNote) {
  await tx.revision.create({
    data: { articleId: article.id, version: article.version, snapshot: snapshotOf(article) as unknown as Prisma.InputJsonValue, kind, note, createdById: ctx.actor?.id ?? null },
  });
}

/** Writes the form's content over the (locked) article, then a revision. */
async function writeContent(tx: Tx, ctx: EditorContext, current: EditableArticle, raw: unknown, revision: RevisionNote): Promise<WriteResult> {
  const parsed = parseInput(raw);
  const { body } = parsed;
  // A source typed in front of the sapo moves to its own field instead of printing twice.
  const fields = { ...parsed.fields, ...splitSapoSource(parsed.fields.sapo, parsed.fields.source, await siteName(tx)) };
  if (!(await tx.section.findUnique({ where: { id: fields.sectionId }, select: { id: true } }))) throw invalid({ sectionId: ['Chuyên mục không tồn tại.'] });
  const now = new Date();
  if (current.status === 'PUBLISHED' && fields.publishedAt && fields.publishedAt > now) {
    throw invalid({ publishedAt: ['Bài đã đăng không thể hẹn giờ lại.'] });
  }
  await checkFiles(tx, ctx, current.id, fields);
  const before = await publicFootprint(tx, current.id);
  const slug = await resolveSlug(tx, current.id, fields.slug, fields.title, current.version === 0 ? null : current.slug);
  const tagIds = await resolveTags(tx, ctx, fields.tags);
  const wasPublic = isPublicArticle({ status: current.status, publishedAt: current.publishedAt });
  const publishedAt = fields.publishedAt ?? (current.status === 'DRAFT' || current.status === 'RETURNED' || current.status === 'SUBMITTED' ? null : current.publishedAt ? new Date(current.publishedAt) : null);
  const leadMediaId = fields.leadMediaId && fields.photos.some((p) => p.mediaId === fields.leadMediaId) ? fields.leadMediaId : (fields.photos[0]?.mediaId ?? null);

  await tx.article.update({
    where: { id: current.id },
    data: {
      title: fields.title,
      slug,
      sapo: fields.sapo,
      source: fields.source || null,
      byline: fields.byline,
      sectionId: fields.sectionId,
      publishedAt,
      body,
      bodyText: bodyToText(body),
      leadMediaId,
      version: { increment: 1 },
      lastEditorId: ctx.actor?.id ?? null,
      ...(wasPublic ? { revisedAt: now } : {}),
    },
  });
  if (slug !== current.slug && current.version > 0) {
    // An address that was ever public keeps answering, with a redirect.
    if (['PUBLISHED', 'SCHEDULED', 'WITHDRAWN'].includes(current.status)) {
      await tx.articleSlug.upsert({ where: { slug: current.slug }, update: { articleId: current.id }, create: { slug: current.slug, articleId: current.id } });
    }
    await tx.articleSlug.deleteMany({ where: { slug, articleId: current.id } });
  }
  await tx.articleTag.deleteMany({ where: { articleId: current.id } });
  await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId: current.id, tagId, position })) });
  await tx.articleMedia.deleteMany({ where: { articleId: current.id } });
  await tx.articleMedia.createMany({
    data: fields.photos.map((photo, position) => ({ articleId: current.id, position, ...photo })),
  });
  const keep = fields.attachments.map((file) => file.id);
  // Removed files are detached, not deleted, so restoring an older revision can bring them back.
  await tx.attachment.updateMany({ where: { articleId: current.id, id: { notIn: keep } }, data: { articleId: null } });
  for (const [position, file] of fields.attachments.entries()) {
    await tx.attachment.update({ where: { id: file.id }, data: { articleId: current.id, position, title: file.title } });
  }

  const article = await loadEditable(tx, current.id);
  if (current.status === 'PUBLISHED' || current.status === 'SCHEDULED') {
    // Saving a live article changes what the public sees: it must be as complete as publishing.
    const errors = readinessErrors(article);
    if (Object.keys(errors).length > 0) throw new AppError('bad_request', 'Bài đang đăng nên chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: errors });
  }
  await writeRevision(tx, ctx, article, revision);
  const after = await publicFootprint(tx, current.id);
  const change = wasPublic || isPublicArticle(article) ? mergeChanges(before, after) : NO_CHANGE;
  // Inside a savepoint that is rolled back (a pending edit), the notice goes with it.
  await announceChange(tx, change);
  return { article, change };
}

export type SaveResult = { id: number; version: number; slug: string; status: EditableArticle['status']; change: CacheChange };

const done = ({ article, change }: WriteResult): SaveResult => ({ id: article.id, version: article.version, slug: article.slug, status: article.status, change });

export async function createArticle(ctx: EditorContext, raw: unknown): Promise<SaveResult> {
  const { actor } = ctx;
  assertCan(actor, 'article.create');
  const sectionId = (raw as { sectionId?: unknown } | null)?.sectionId;
  if (typeof sectionId !== 'number' || !(await db.section.findUnique({ where: { id: sectionId }, select: { id: true } }))) {
    parseInput(raw); // reports every field error at once
    throw invalid({ sectionId: ['Vui lòng chọn chuyên mục.'] });
  }
  return done(
    await db.$transaction(async (tx) => {
      const row = await tx.article.create({
        data: { title: '', slug: `nhap-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, body: EMPTY_BODY, sectionId, createdById: actor.id, lastEditorId: actor.id, version: 0 },
        include: editableInclude,
      });
      const result = await writeContent(tx, ctx, toEditable(row), raw, { kind: 'CREATE' });
      await recordAudit(tx, ctx, 'article.create', { type: 'article', id: row.id }, { title: result.article.title });
      return result;
    }),
  );
}

const isLive = (status: EditableArticle['status']) => status === 'PUBLISHED' || status === 'SCHEDULED';

/**
 * An edit of a live (locked) article, checked exactly as a save would be (inside a
 * savepoint that is then rolled back) and kept as a revision waiting for a second person
 * (src/lib/editor/pending-edits.ts). Nothing public changes.
 */
async function savePendingEdit(tx: Tx, ctx: EditorContext, current: EditableArticle, raw: unknown): Promise<SaveResult> {
  await tx.$executeRawUnsafe('SAVEPOINT pending_edit');
  const { article: edited } = await writeContent(tx, ctx, current, raw, { kind: 'SAVE' });
  await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT pending_edit');
  const version = current.version + 1;
  const revision = await tx.revision.create({
    data: { articleId: current.id, version, snapshot: snapshotOf(edited) as unknown as Prisma.InputJsonValue, kind: 'SAVE', note: 'Bản sửa chờ duyệt', createdById: ctx.actor?.id ?? null },
    select: { id: true },
  });
  await tx.article.update({ where: { id: current.id }, data: { version, pendingRevisionId: revision.id, lastEditorId: ctx.actor?.id ?? null } });
  await recordAudit(tx, ctx, 'article.editPending', { type: 'article', id: current.id }, { version });
  return { id: current.id, version, slug: current.slug, status: current.status, change: NO_CHANGE };
}

export type SaveOptions = { autosave?: boolean; correction?: boolean };

/**
 * Saves over version `version`; anything newer in the database is a conflict, never
 * overwritten. A live article's edit waits for a second person, unless it is an
 * approver's small correction and the site allows those alone (then marked in the log).
 */
export async function saveArticle(ctx: EditorContext, id: number, version: number, raw: unknown, options: SaveOptions = {}): Promise<SaveResult> {
  assertCan(ctx.actor, 'article.edit');
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    assertCan(ctx.actor, 'article.edit', facts(current));
    if (current.version !== version) throw new ConflictError(current);
    if (isLive(current.status) && !options.correction) return savePendingEdit(tx, ctx, current, raw);
    if (options.correction) {
      assertCan(ctx.actor, 'article.correctAlone', facts(current));
      const allowed = (await tx.siteSettings.findUnique({ where: { id: 1 }, select: { approverMayCorrectAlone: true } }))?.approverMayCorrectAlone;
      if (!allowed) throw new AppError('forbidden', 'Cài đặt không cho phép tự đăng sửa chữa nhỏ; bản sửa cần người thứ hai duyệt.');
      if (current.pending) throw new AppError('bad_request', 'Đang có bản sửa chờ duyệt; hãy duyệt hoặc bỏ bản sửa đó trước.');
    }
    const result = await writeContent(tx, ctx, current, raw, { kind: options.correction ? 'CORRECTION' : options.autosave ? 'AUTOSAVE' : 'SAVE' });
    await recordAudit(tx, ctx, options.correction ? 'article.correctionAlone' : 'article.update', { type: 'article', id }, { version: result.article.version, status: current.status });
    return done(result);
  });
}

export { writeContent };

/** Deletes a draft that was never published, with its attachments' files. */
export async function deleteDraft(ctx: EditorContext, id: number): Promise<string[]> {
  assertCan(ctx.actor, 'article.delete');
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    const everPublished = (await tx.auditLog.count({ where: { entityType: 'article', entityId: String(id), action: { in: ['article.publish', 'article.forcePublish'] } } })) > 0;
    assertCan(ctx.actor, 'article.delete', { ...facts(current), everPublished });
    const files = await tx.attachment.findMany({ where: { articleId: id }, select: { storageKey: true } });
    await tx.article.delete({ where: { id } });
    await recordAudit(tx, ctx, 'article.delete', { type: 'article', id }, { title: current.title });
    return files.map((file) => file.storageKey);
  });
}
