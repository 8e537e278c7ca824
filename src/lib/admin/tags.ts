import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { announceChange } from '@/lib/content/announce';
import { db } from '@/lib/db';
import { recordAudit, type CacheChange, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { parseFields, dbId } from '@/lib/validation';

// Tags are made on the fly in the article form; here editors rename and delete them.
// A tag keeps its address (/the/{slug}) when renamed, so links to it keep working.

export async function listTags(ctx: EditorContext) {
  assertCan(ctx.actor, 'tag.manage');
  const rows = await db.tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, slug: row.slug, articles: row._count.articles }));
}

const renameSchema = z.object({
  id: dbId,
  name: z.string().transform(cleanLine).pipe(z.string().min(1, 'Vui lòng nhập tên tag.').max(80, 'Tên tag quá dài.')),
});

/** The public pages showing the tag: its own page and every article carrying it. */
async function tagFootprint(id: number, slug: string): Promise<CacheChange> {
  const articles = await db.articleTag.findMany({ where: { tagId: id }, select: { article: { select: { slug: true, section: { select: { slug: true } } } } } });
  return { slugs: articles.map((a) => a.article.slug), sections: [...new Set(articles.map((a) => a.article.section.slug))], tags: [slug] };
}

export async function renameTag(ctx: EditorContext, input: unknown): Promise<CacheChange> {
  assertCan(ctx.actor, 'tag.manage');
  const { id, name } = parseFields(renameSchema, input);
  const tag = await db.tag.findUnique({ where: { id } });
  if (!tag) throw new AppError('not_found', 'Không tìm thấy tag.');
  const change = await tagFootprint(id, tag.slug);
  await db.$transaction(async (tx) => {
    await tx.tag.update({ where: { id }, data: { name } });
    await recordAudit(tx, ctx, 'tag.update', { type: 'tag', id }, { name, from: tag.name, to: name });
    await announceChange(tx, change);
  });
  return change;
}

export async function deleteTag(ctx: EditorContext, id: number): Promise<CacheChange> {
  assertCan(ctx.actor, 'tag.manage');
  const tag = await db.tag.findUnique({ where: { id } });
  if (!tag) throw new AppError('not_found', 'Không tìm thấy tag.');
  const change = await tagFootprint(id, tag.slug);
  await db.$transaction(async (tx) => {
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, ctx, 'tag.delete', { type: 'tag', id }, { name: tag.name, articles: change.slugs.length });
    await announceChange(tx, change);
  });
  return change;
}
