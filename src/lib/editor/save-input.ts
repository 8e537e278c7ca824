import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { OWNER_SELECT, ownedElsewhere } from '@/lib/content/attachment-owner';
import { can } from '@/lib/auth/permissions';
import { parseBodyInput } from '@/lib/content/body-input';
import type { BodyDoc } from '@/lib/content/body-schema';
import { bodyFigureIds } from '@/lib/content/body-text';
import { AppError } from '@/lib/errors';
import { slugify } from '@/lib/text/slug';
import { fieldErrorsOf } from '@/lib/validation';
import { articleInputSchema, type ArticleFields } from './article-input';
import type { EditorContext } from './context';

// What a save is checked against before anything is written: the form's fields and body,
// the slug (free, or made free), the tags (existing, or created by those who may) and the
// photos and files it refers to (existing, and this article's or the editor's own).

type Tx = Prisma.TransactionClient;

export const invalid = (fieldErrors: Record<string, string[]>) =>
  new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors });

/** The form's fields and body, checked; every problem is reported at once and nothing is dropped. */
export function parseInput(raw: unknown): { fields: ArticleFields; body: BodyDoc } {
  const parsed = articleInputSchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const body = parseBodyInput(parsed.success ? parsed.data.body : (raw as { body?: unknown } | null)?.body);
  if (!body.ok) errors.body = [body.message];
  if (!parsed.success || !body.ok) throw invalid(errors);
  // A photo placed in the body must be one of the article's photos (its words live there).
  const photoIds = new Set(parsed.data.photos.map((photo) => photo.mediaId));
  const stray = bodyFigureIds(body.body).filter((id) => !photoIds.has(id));
  if (stray.length > 0) throw invalid({ body: ['Nội dung có ảnh không nằm trong phần Ảnh của bài (có thể do dán từ bài khác): hãy bỏ khối ảnh đó, hoặc thêm ảnh ấy từ Thư viện ảnh.'] });
  return { fields: parsed.data, body: body.body };
}

async function slugTaken(tx: Tx, slug: string, articleId: number): Promise<boolean> {
  // One after the other: a transaction is one connection, which runs one query at a time.
  if (await tx.article.findFirst({ where: { slug, id: { not: articleId } }, select: { id: true } })) return true;
  return Boolean(await tx.articleSlug.findFirst({ where: { slug, articleId: { not: articleId } }, select: { slug: true } }));
}

/** The requested slug, or one made from the title; a made one gets "-2", "-3"… when taken. */
export async function resolveSlug(tx: Tx, articleId: number, requested: string, title: string, current: string | null): Promise<string> {
  const made = slugify(title) || 'bai-viet';
  const wanted = requested || current || made;
  if (wanted === current || !(await slugTaken(tx, wanted, articleId))) return wanted;
  if (requested && requested !== made) throw invalid({ slug: ['Đường dẫn này đã được dùng cho bài khác.'] });
  for (let n = 2; n < 1000; n += 1) {
    const candidate = `${wanted.slice(0, 112)}-${n}`;
    if (!(await slugTaken(tx, candidate, articleId))) return candidate;
  }
  throw invalid({ slug: ['Không tạo được đường dẫn; vui lòng tự đặt.'] });
}

export async function resolveTags(tx: Tx, ctx: EditorContext, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    const existing = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    if (!ctx.actor || !can(ctx.actor, 'tag.manage')) throw invalid({ tags: [`Tag “${name}” chưa có; chỉ biên tập viên được tạo tag mới.`] });
    ids.push((await tx.tag.create({ data: { name, slug }, select: { id: true } })).id);
  }
  return ids;
}

/** Whether the attachment appears in one of this article's revisions (attached once, detached since). */
async function onceAttached(tx: Tx, articleId: number, fileId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "Revision" WHERE "articleId" = ${articleId} AND snapshot -> 'attachments' @> ${JSON.stringify([{ id: fileId }])}::jsonb LIMIT 1`;
  return rows.length > 0;
}

export async function checkFiles(tx: Tx, ctx: EditorContext, articleId: number, fields: ArticleFields) {
  const mediaIds = fields.photos.map((photo) => photo.mediaId);
  const media = await tx.media.count({ where: { id: { in: mediaIds } } });
  if (media !== new Set(mediaIds).size || mediaIds.length !== new Set(mediaIds).size) throw invalid({ photos: ['Có ảnh không còn tồn tại hoặc bị lặp; vui lòng tải lại trang.'] });
  const fileIds = fields.attachments.map((file) => file.id);
  const files = await tx.attachment.findMany({ where: { id: { in: fileIds } }, select: { id: true, createdById: true, ...OWNER_SELECT } });
  if (files.length !== new Set(fileIds).size) throw invalid({ attachments: ['Có tệp đính kèm không còn tồn tại; vui lòng tải lại trang.'] });
  // A file is this article's, or one the editor has just uploaded, or one this article had
  // before: never another article's, nor someone else's fresh upload found by its id.
  for (const file of files) {
    if (ownedElsewhere(file, 'articleId', articleId) && file.articleId === null) throw invalid({ attachments: ['Có tệp đính kèm thuộc nội dung khác; vui lòng tải lại trang.'] });
    if (file.articleId === articleId) continue;
    const mine = file.articleId === null && ctx.actor !== null && file.createdById === ctx.actor.id;
    if (!mine && !(file.articleId === null && (await onceAttached(tx, articleId, file.id)))) {
      throw invalid({ attachments: ['Có tệp đính kèm không thuộc bài này; vui lòng tải lại trang.'] });
    }
  }
}
