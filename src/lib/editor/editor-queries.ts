import 'server-only';
import type { ArticleStatus, Prisma } from '@/generated/prisma/client';
import { assertCan, can, type Actor } from '@/lib/auth/permissions';
import { toView, viewInclude } from '@/lib/content/article-mappers';
import { getSiteSettings } from '@/lib/content/settings';
import type { ArticleView } from '@/lib/content/views';
import { db } from '@/lib/db';
import { formatVietnamDate } from '@/lib/text/dates';
import { foldVietnamese } from '@/lib/text/normalize';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { facts } from './article-store';
import { contentAuthors, correctionsAloneAllowed } from './pending-edits';
import { readableArticleWhere } from './read-access';
import { editableInclude, toEditable, type EditableArticle } from './editable-article';

// Reads of the editor area. Each asks for `editor.access` first.

/** An article for the form, or null when there is none the actor may read. */
export async function getEditableArticle(actor: Actor | null, id: number): Promise<EditableArticle | null> {
  assertCan(actor, 'article.read');
  const row = await db.article.findUnique({ where: { id }, include: editableInclude });
  return row && can(actor, 'article.read', facts(row)) ? toEditable(row) : null;
}

/** The article's current version: a form shown from the browser's history may be older. */
export async function currentVersion(actor: Actor | null, id: number): Promise<number | null> {
  assertCan(actor, 'article.read');
  const row = await db.article.findUnique({ where: { id }, select: { version: true, status: true, createdById: true, lastEditorId: true } });
  return row && can(actor, 'article.read', row) ? row.version : null;
}

/** The article as the public page would show it, whatever its status (for the preview). */
export async function getPreview(actor: Actor | null, id: number): Promise<ArticleView | null> {
  assertCan(actor, 'article.read');
  const row = await db.article.findUnique({ where: { id }, include: viewInclude });
  if (!row || !can(actor, 'article.read', facts(row))) return null;
  const view = toView(row);
  return { ...view, publishedAt: (row.publishedAt ?? new Date()).toISOString() };
}

/** What the actor may do with the article in the form (the data layer checks again). */
export async function permissionsFor(actor: Actor, article: EditableArticle | null) {
  const f = article ? { ...facts(article), authors: await contentAuthors(db, article.id), pendingEdit: Boolean(article.pending) } : undefined;
  return {
    edit: article ? can(actor, 'article.edit', f) : can(actor, 'article.create'),
    submit: article ? can(actor, 'article.submit', f) : can(actor, 'article.submit'),
    return: Boolean(article) && can(actor, 'article.return', f),
    publish: Boolean(article) && can(actor, 'article.publish', f),
    forcePublish: Boolean(article) && can(actor, 'article.forcePublish', f) && !can(actor, 'article.publish', f),
    withdraw: Boolean(article) && can(actor, 'article.withdraw', f),
    delete: Boolean(article) && can(actor, 'article.delete', f),
    publishEdit: Boolean(article) && can(actor, 'article.publishEdit', f),
    discardEdit: Boolean(article?.pending) && can(actor, 'article.edit', f),
    correctAlone: Boolean(article) && can(actor, 'article.correctAlone', f) && (await correctionsAloneAllowed()),
    upload: can(actor, 'media.upload'),
    createTags: can(actor, 'tag.manage'),
  };
}

export async function editorOptions() {
  const [sections, tags, settings, decisions] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
    db.tag.findMany({ orderBy: { name: 'asc' }, select: { name: true }, take: 5000 }),
    getSiteSettings(),
    // Published award decisions an article can show the list of ("Danh sách được khen").
    db.awardDecision.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
      take: 200,
      select: { slug: true, number: true, issuedOn: true, summary: true, _count: { select: { grants: { where: { listed: true } } } } },
    }),
  ]);
  return {
    sections,
    tags: tags.map((t) => t.name),
    siteName: settings.siteName,
    decisions: decisions.map((d) => ({ slug: d.slug, label: `Quyết định số ${d.number} ngày ${formatVietnamDate(d.issuedOn)} (${d._count.grants} người, tập thể): ${d.summary}`.slice(0, 220) })),
  };
}

export type ArticleListFilter = { status?: ArticleStatus; sectionId?: number; authorId?: number; from?: Date; to?: Date; q?: string; page: number };

export type ArticleListItem = { id: number; title: string; slug: string; status: ArticleStatus; section: string; author: string; updatedAt: string; publishedAt: string | null };

export async function listEditorArticles(actor: Actor | null, filter: ArticleListFilter) {
  assertCan(actor, 'article.read');
  const where: Prisma.ArticleWhereInput = {
    ...readableArticleWhere(actor),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.sectionId ? { sectionId: filter.sectionId } : {}),
    ...(filter.authorId ? { createdById: filter.authorId } : {}),
    ...(filter.from || filter.to ? { updatedAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  if (filter.q) {
    // Title search without diacritics, through the search table's folded title.
    const folded = `%${foldVietnamese(filter.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const ids = await db.$queryRaw<{ articleId: number }[]>`
      SELECT "articleId" FROM "ArticleSearch" WHERE "titleFolded" LIKE ${folded} LIMIT 5000`;
    where.id = { in: ids.map((row) => row.articleId) };
  }
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: PAGE_SIZE,
      skip: (filter.page - 1) * PAGE_SIZE,
      select: { id: true, title: true, slug: true, status: true, updatedAt: true, publishedAt: true, byline: true, section: { select: { name: true } }, createdBy: { select: { name: true } } },
    }),
  ]);
  const items: ArticleListItem[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    section: row.section.name,
    author: row.createdBy?.name ?? row.byline,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  }));
  return { items, total, page: filter.page, pageCount: pageCount(total) };
}

export async function authorOptions() {
  return db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
