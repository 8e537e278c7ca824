import type { ArticleStatus, Prisma } from '@/generated/prisma/client';
import { parseBody, type BodyDoc } from '@/lib/content/body-schema';
import type { PhotoView } from '@/lib/content/views';

// One article as the editor form holds it, and as every revision stores it: a full
// snapshot with photos, captions, tags and attachments.

/** A photo with its words in this article: the same shape the public page renders. */
export type EditablePhoto = PhotoView;

export type EditableAttachment = { id: number; title: string; originalName: string; mime: string; bytes: number };

export type ArticleSnapshot = {
  title: string;
  slug: string;
  sapo: string;
  source: string;
  byline: string;
  sectionId: number;
  tags: string[];
  /** ISO time, or null for "when it is approved". */
  publishedAt: string | null;
  body: BodyDoc;
  leadMediaId: number | null;
  photos: EditablePhoto[];
  attachments: EditableAttachment[];
};

/** An edit of a live article waiting for a second person to publish it. */
export type PendingEdit = { revisionId: number; savedAt: string; author: string | null; authorId: number | null; snapshot: ArticleSnapshot };

export type EditableArticle = ArticleSnapshot & {
  id: number;
  version: number;
  status: ArticleStatus;
  pending: PendingEdit | null;
  returnComment: string | null;
  withdrawalReason: string | null;
  createdById: number | null;
  lastEditorId: number | null;
  updatedAt: string;
};

export const editableInclude = {
  tags: { include: { tag: { select: { name: true } } }, orderBy: { position: 'asc' } },
  photos: { include: { media: { select: { storageKey: true, width: true, height: true } } }, orderBy: { position: 'asc' } },
  attachments: { orderBy: { position: 'asc' }, select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
  pendingRevision: { select: { id: true, snapshot: true, createdAt: true, createdById: true, createdBy: { select: { name: true } } } },
} satisfies Prisma.ArticleInclude;

type EditableRow = Prisma.ArticleGetPayload<{ include: typeof editableInclude }>;

export function toEditable(row: EditableRow): EditableArticle {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    pending: pendingOf(row.pendingRevision),
    returnComment: row.returnComment,
    withdrawalReason: row.withdrawalReason,
    createdById: row.createdById,
    lastEditorId: row.lastEditorId,
    updatedAt: row.updatedAt.toISOString(),
    title: row.title,
    slug: row.slug,
    sapo: row.sapo,
    source: row.source ?? '',
    byline: row.byline,
    sectionId: row.sectionId,
    tags: row.tags.map(({ tag }) => tag.name),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    body: parseBody(row.body),
    leadMediaId: row.leadMediaId,
    photos: row.photos.map((photo) => ({
      mediaId: photo.mediaId,
      storageKey: photo.media.storageKey,
      width: photo.media.width,
      height: photo.media.height,
      alt: photo.alt,
      caption: photo.caption,
      credit: photo.credit,
      decorative: photo.decorative,
    })),
    attachments: row.attachments,
  };
}

function pendingOf(revision: EditableRow['pendingRevision']): PendingEdit | null {
  const snapshot = revision ? readSnapshot(revision.snapshot) : null;
  if (!revision || !snapshot) return null;
  return { revisionId: revision.id, savedAt: revision.createdAt.toISOString(), author: revision.createdBy?.name ?? null, authorId: revision.createdById, snapshot };
}

export function snapshotOf(article: ArticleSnapshot): ArticleSnapshot {
  const { title, slug, sapo, source, byline, sectionId, tags, publishedAt, body, leadMediaId, photos, attachments } = article;
  return { title, slug, sapo, source, byline, sectionId, tags, publishedAt, body, leadMediaId, photos, attachments };
}

/** A stored snapshot, read defensively: old or hand-edited rows never break the page. */
export function readSnapshot(value: unknown): ArticleSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Partial<ArticleSnapshot>;
  if (typeof s.title !== 'string' || typeof s.sectionId !== 'number') return null;
  return {
    title: s.title,
    slug: String(s.slug ?? ''),
    sapo: String(s.sapo ?? ''),
    source: String(s.source ?? ''),
    byline: String(s.byline ?? ''),
    sectionId: s.sectionId,
    tags: Array.isArray(s.tags) ? s.tags.map(String) : [],
    publishedAt: typeof s.publishedAt === 'string' ? s.publishedAt : null,
    body: parseBody(s.body),
    leadMediaId: typeof s.leadMediaId === 'number' ? s.leadMediaId : null,
    photos: Array.isArray(s.photos) ? s.photos : [],
    attachments: Array.isArray(s.attachments) ? s.attachments : [],
  };
}
