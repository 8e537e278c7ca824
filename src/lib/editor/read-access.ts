import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { publicArticleWhere } from '@/lib/content/public-rule';
import { db, readerDb } from '@/lib/db';
import { AppError } from '@/lib/errors';

// Who may read what in the editor area, from the one rule `article.read` of the permission
// table: contributors their own articles and published ones, everyone else all of them.
// Lists filter with `readableArticleWhere`; single reads check the article's facts; photos
// and files follow the articles they belong to.

/** The articles the actor may read, as a filter for lists. */
export function readableArticleWhere(actor: Actor): Prisma.ArticleWhereInput {
  assertCan(actor, 'article.read');
  if (can(actor, 'article.read', { status: 'DRAFT', createdById: null, lastEditorId: null })) return {};
  return { OR: [{ createdById: actor.id }, { status: 'PUBLISHED' }] };
}

/** Throws not_found (never "forbidden": ids are sequential) unless the actor may read the article. */
export async function assertCanReadArticle(actor: Actor | null, articleId: number) {
  assertCan(actor, 'article.read');
  const row = await db.article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true, lastEditorId: true } });
  if (!row || !can(actor, 'article.read', row)) throw new AppError('not_found', 'Không tìm thấy bài viết.');
}

/** Whether the photo stored under `storageKey` belongs to an article the public sees, or is the site's logo, banner or a linked portal's logo. */
export async function isPublicPhoto(storageKey: string): Promise<boolean> {
  if (await readerDb.articleMedia.findFirst({ where: { media: { storageKey }, article: publicArticleWhere() }, select: { id: true } })) return true;
  return Boolean(await readerDb.media.findFirst({ where: { storageKey, OR: [{ logoFor: { some: {} } }, { bannerFor: { some: {} } }, { linkLogos: { some: {} } }] }, select: { id: true } }));
}

/** Whether a signed-in actor may see a photo: one they uploaded, or one of an article they may read. */
export async function canReadPhoto(actor: Actor | null, where: { storageKey: string } | { id: number }): Promise<boolean> {
  if (!actor || !can(actor, 'article.read')) return false;
  const media = await db.media.findUnique({ where, select: { id: true, createdById: true } });
  if (!media) return false;
  if (media.createdById === actor.id || Object.keys(readableArticleWhere(actor)).length === 0) return true;
  return Boolean(await db.articleMedia.findFirst({ where: { mediaId: media.id, article: readableArticleWhere(actor) }, select: { id: true } }));
}

/** Whether a signed-in actor may download a stored file: its article's readers, or its uploader while unattached. */
export async function canReadAttachment(
  actor: Actor | null,
  file: { articleId: number | null; consultationId?: number | null; decisionId?: number | null; documentId?: number | null; formId?: number | null; createdById: number | null },
): Promise<boolean> {
  if (!actor) return false;
  // A consultation's files (its signed notice): whoever may read consultations; a decision's, whoever may read decisions.
  if (file.consultationId) return can(actor, 'consultation.read');
  if (file.decisionId) return can(actor, 'decision.read');
  if (file.documentId || file.formId) return can(actor, 'document.read');
  if (!can(actor, 'article.read')) return false;
  if (file.articleId === null) return file.createdById === actor.id || can(actor, 'media.upload');
  const article = await db.article.findUnique({ where: { id: file.articleId }, select: { status: true, createdById: true, lastEditorId: true } });
  return article !== null && can(actor, 'article.read', article);
}
