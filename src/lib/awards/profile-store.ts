import 'server-only';
import { Prisma, type ArticleStatus } from '@/generated/prisma/client';
import { assertCan, can } from '@/lib/auth/permissions';
import { announceChange, announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { slugify } from '@/lib/text/slug';
import { profileSchema, type ProfileFields } from './profile-input';

// Writing exemplary-model profiles (gương điển hình). A profile is the facts about a
// person or collective (name, field, unit, commune, portrait) around a story that is an
// article: whoever may edit the story may edit its profile, and the profile is public
// exactly when the story is, so the article workflow (draft → approval → publication)
// publishes it. Grants of the register are linked to it by the newsroom.

type Tx = Prisma.TransactionClient;

const storyOf = (tx: Tx, articleId: number) =>
  tx.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true, status: true, createdById: true, lastEditorId: true, photos: { select: { mediaId: true } }, profile: { select: { id: true } } } });

function assertMayEdit(ctx: EditorContext, story: { status: ArticleStatus; createdById: number | null; lastEditorId: number | null } | null) {
  assertCan(ctx.actor, 'article.edit');
  if (!story) throw new AppError('bad_request', 'Không tìm thấy bài viết kể câu chuyện.', { fieldErrors: { articleId: ['Chọn bài viết kể câu chuyện.'] } });
  if (!can(ctx.actor, 'article.edit', story)) throw new AppError('forbidden', 'Bạn không có quyền sửa bài viết này, nên không sửa được gương điển hình của nó.');
}

async function checkedData(tx: Tx, ctx: EditorContext, fields: ProfileFields, profileId: number | null) {
  const parsed = profileSchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const { slug: typed, ...data } = parsed.data;
  const story = await storyOf(tx, data.articleId);
  assertMayEdit(ctx, story);
  if (story!.profile && story!.profile.id !== profileId) {
    throw new AppError('conflict', 'Bài viết này đã là câu chuyện của một gương điển hình khác.', { fieldErrors: { articleId: ['Chọn bài viết khác.'] } });
  }
  if (data.portraitMediaId && !story!.photos.some((photo) => photo.mediaId === data.portraitMediaId)) {
    throw new AppError('bad_request', 'Ảnh chân dung phải là một ảnh trong bài.', { fieldErrors: { portraitMediaId: ['Chọn một ảnh trong bài viết.'] } });
  }
  if (data.portraitMediaId && !data.portraitAlt) {
    throw new AppError('bad_request', 'Ảnh chân dung cần lời mô tả cho người không xem được ảnh.', { fieldErrors: { portraitAlt: ['Mô tả ảnh, ví dụ: Cô Nguyễn Thị Hồng Nhung trong giờ dạy.'] } });
  }
  if (data.communeCode && !(await tx.administrativeUnit.findUnique({ where: { code: data.communeCode } }))) {
    throw new AppError('bad_request', 'Xã, phường không có trong danh mục.', { fieldErrors: { communeCode: ['Chọn xã, phường trong danh sách.'] } });
  }
  return { ...data, slug: slugify(typed || data.name), story: story! };
}

function slugTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    throw new AppError('conflict', 'Đường dẫn đã được dùng cho một gương điển hình khác.', { fieldErrors: { slug: ['Chọn đường dẫn khác.'] } });
  }
  throw error;
}

async function announceProfile(tx: Tx, slugs: string[], storySlug: string) {
  await announceTags(tx, [TAGS.profiles, ...slugs.map((slug) => TAGS.profile(slug)), TAGS.register]);
  await announceChange(tx, { slugs: [storySlug], sections: [], tags: [] });
}

export async function createProfile(ctx: EditorContext, fields: ProfileFields): Promise<{ id: number }> {
  assertCan(ctx.actor, 'article.create');
  return db
    .$transaction(async (tx) => {
      const { story, ...data } = await checkedData(tx, ctx, fields, null);
      const row = await tx.exemplaryProfile.create({ data: { ...data, createdById: ctx.actor!.id }, select: { id: true } });
      await recordAudit(tx, ctx, 'profile.create', { type: 'profile', id: row.id }, { name: data.name, articleId: story.id });
      await announceProfile(tx, [data.slug], story.slug);
      return row;
    })
    .catch(slugTaken);
}

export async function saveProfile(ctx: EditorContext, id: number, version: number, fields: ProfileFields): Promise<{ version: number; slug: string }> {
  assertCan(ctx.actor, 'article.edit');
  return db
    .$transaction(async (tx) => {
      const current = await tx.exemplaryProfile.findUnique({ where: { id }, include: { article: { select: { status: true, createdById: true, lastEditorId: true } } } });
      if (!current) throw new AppError('not_found', 'Không tìm thấy gương điển hình.');
      assertMayEdit(ctx, current.article);
      if (current.version !== version) throw new AppError('conflict', 'Gương điển hình vừa được người khác sửa. Vui lòng tải lại trang.');
      const { story, ...data } = await checkedData(tx, ctx, fields, id);
      const row = await tx.exemplaryProfile.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: { version: true, slug: true } });
      await recordAudit(tx, ctx, 'profile.update', { type: 'profile', id }, { name: data.name });
      await announceProfile(tx, [...new Set([current.slug, row.slug])], story.slug);
      return row;
    })
    .catch(slugTaken);
}

/** Links grants of the register to the profile (or unlinks them): the profile's page then lists them. */
export async function linkGrants(ctx: EditorContext, id: number, version: number, grantIds: number[], linked: boolean): Promise<{ version: number }> {
  assertCan(ctx.actor, 'article.edit');
  if (grantIds.length === 0 || grantIds.length > 200 || grantIds.some((g) => !Number.isInteger(g) || g <= 0)) throw new AppError('bad_request', 'Chọn ít nhất một lần khen thưởng.');
  return db.$transaction(async (tx) => {
    const current = await tx.exemplaryProfile.findUnique({ where: { id }, include: { article: { select: { slug: true, status: true, createdById: true, lastEditorId: true } } } });
    if (!current) throw new AppError('not_found', 'Không tìm thấy gương điển hình.');
    assertMayEdit(ctx, current.article);
    if (current.version !== version) throw new AppError('conflict', 'Gương điển hình vừa được người khác sửa. Vui lòng tải lại trang.');
    const { count } = linked
      ? await tx.awardGrant.updateMany({ where: { id: { in: grantIds }, OR: [{ profileId: null }, { profileId: id }] }, data: { profileId: id } })
      : await tx.awardGrant.updateMany({ where: { id: { in: grantIds }, profileId: id }, data: { profileId: null } });
    if (count !== grantIds.length) throw new AppError('conflict', 'Có lần khen thưởng đã gắn với gương điển hình khác hoặc không còn trong danh sách.');
    const row = await tx.exemplaryProfile.update({ where: { id }, data: { version: { increment: 1 } }, select: { version: true } });
    await recordAudit(tx, ctx, linked ? 'profile.linkGrants' : 'profile.unlinkGrants', { type: 'profile', id }, { grantIds });
    await announceProfile(tx, [current.slug], current.article.slug);
    return row;
  });
}
