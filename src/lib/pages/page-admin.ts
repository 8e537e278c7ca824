import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { EMPTY_BODY } from '@/lib/content/body-schema';
import { db } from '@/lib/db';
import { createArticle } from '@/lib/editor/article-store';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { isPagePath, localeOfPath } from './page-paths';

// Administrators add pages of the agency and set where they live; their content is then
// written in the article editor, with its revisions and four-eyes publishing.

const pathField = z
  .string()
  .transform((value) => value.trim().replace(/^\/+|\/+$/g, '').toLowerCase())
  .refine(isPagePath, 'Địa chỉ trang: gioi-thieu/…, lien-he hoặc en/… (chữ thường không dấu, số, gạch nối; tối đa 3 cấp).');

const settingsSchema = z.object({
  path: pathField,
  translationId: z
    .string()
    .transform((value) => (value.trim() === '' ? null : Number(value)))
    .refine((value) => value === null || (Number.isInteger(value) && value > 0), 'Chọn trang bản dịch.'),
  contactBlock: z.boolean(),
  position: z.coerce.number({ error: 'Thứ tự phải là một số.' }).int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự không âm.').max(999, 'Thứ tự tối đa 999.'),
});

const createSchema = settingsSchema.extend({
  title: z.string().transform(cleanLine).pipe(z.string().min(3, 'Tên trang cần ít nhất 3 ký tự.').max(200, 'Tên trang: tối đa 200 ký tự.')),
});

export type PageSettingsFields = z.input<typeof settingsSchema>;
export type NewPageFields = z.input<typeof createSchema>;

function parse<T extends z.ZodType>(schema: T, fields: unknown): z.output<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  return parsed.data;
}

const pathTaken = () => new AppError('conflict', 'Đã có trang ở địa chỉ này.', { fieldErrors: { path: ['Đã có trang ở địa chỉ này.'] } });

type Tx = Prisma.TransactionClient;

/** The translation must be a page of the other language, not yet paired with another. */
async function checkTranslation(tx: Tx, selfId: number | null, path: string, translationId: number | null) {
  if (translationId === null) return;
  const other = await tx.agencyPage.findUnique({ where: { id: translationId }, select: { id: true, locale: true, translationId: true, translatedBy: { select: { id: true } } } });
  const bad = (message: string) => new AppError('bad_request', message, { fieldErrors: { translationId: [message] } });
  if (!other || other.id === selfId) throw bad('Chọn một trang khác làm bản dịch.');
  if (other.locale === localeOfPath(path)) throw bad('Bản dịch phải là trang của ngôn ngữ kia (tiếng Việt ↔ tiếng Anh).');
  const pairedWith = other.translationId ?? other.translatedBy?.id ?? null;
  if (pairedWith !== null && pairedWith !== selfId) throw bad('Trang này đã là bản dịch của một trang khác.');
  // Pairs are stored on one side: the other side's own link is cleared.
  if (other.translationId !== null && other.translationId === selfId) await tx.agencyPage.update({ where: { id: other.id }, data: { translationId: null } });
}

export async function listPagesForAdmin(ctx: EditorContext) {
  assertCan(ctx.actor, 'settings.manage');
  return db.agencyPage.findMany({
    orderBy: [{ locale: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    include: { article: { select: { id: true, title: true, status: true, updatedAt: true } }, translation: { select: { id: true, path: true } }, translatedBy: { select: { id: true, path: true } } },
  });
}

/** A new page: a draft article to write in the editor, at the address chosen. */
export async function createAgencyPage(ctx: EditorContext, fields: NewPageFields): Promise<{ articleId: number }> {
  assertCan(ctx.actor, 'settings.manage');
  const data = parse(createSchema, fields);
  if (await db.agencyPage.findUnique({ where: { path: data.path }, select: { id: true } })) throw pathTaken();
  // An address a moved page still redirects from is taken over by the new page.
  for (const holder of await db.agencyPage.findMany({ where: { formerPaths: { has: data.path } }, select: { id: true, formerPaths: true } })) {
    await db.agencyPage.update({ where: { id: holder.id }, data: { formerPaths: holder.formerPaths.filter((path) => path !== data.path) } });
  }
  const section = await db.section.findFirst({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true } });
  if (!section) throw new AppError('bad_request', 'Cần có ít nhất một chuyên mục trước khi thêm trang.');
  const article = await createArticle(ctx, {
    title: data.title, slug: '', sapo: '', source: '', byline: '', sectionId: section.id, tags: [], publishedAt: '', body: JSON.stringify(EMPTY_BODY), leadMediaId: null, photos: [], attachments: [],
  });
  try {
    await db.$transaction(async (tx) => {
      await checkTranslation(tx, null, data.path, data.translationId);
      const page = await tx.agencyPage.create({ data: { articleId: article.id, path: data.path, locale: localeOfPath(data.path), translationId: data.translationId, contactBlock: data.contactBlock, position: data.position } });
      await recordAudit(tx, ctx, 'page.create', { type: 'page', id: page.id }, { path: data.path });
    });
  } catch (error) {
    // The draft article exists only for this page: without the page it goes too.
    await db.article.delete({ where: { id: article.id } });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw pathTaken();
    throw error;
  }
  return { articleId: article.id };
}

export async function savePageSettings(ctx: EditorContext, id: number, fields: PageSettingsFields): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  const data = parse(settingsSchema, fields);
  await db
    .$transaction(async (tx) => {
      const before = await tx.agencyPage.findUnique({ where: { id }, select: { path: true, article: { select: { slug: true } } } });
      if (!before) throw new AppError('not_found', 'Không tìm thấy trang.');
      await checkTranslation(tx, id, data.path, data.translationId);
      // The old address redirects here; an address taken back stops redirecting from anywhere.
      const moved = before.path !== data.path;
      if (moved) {
        const holders = await tx.agencyPage.findMany({ where: { formerPaths: { has: data.path } }, select: { id: true, formerPaths: true } });
        for (const holder of holders) await tx.agencyPage.update({ where: { id: holder.id }, data: { formerPaths: holder.formerPaths.filter((path) => path !== data.path) } });
      }
      const current = await tx.agencyPage.findUniqueOrThrow({ where: { id }, select: { formerPaths: true } });
      const formerPaths = moved ? [...new Set([...current.formerPaths.filter((path) => path !== data.path), before.path])] : current.formerPaths;
      await tx.agencyPage.update({ where: { id }, data: { ...data, formerPaths, locale: localeOfPath(data.path) } });
      await recordAudit(tx, ctx, 'page.update', { type: 'page', id }, { path: data.path, from: before.path });
      await announceTags(tx, [TAGS.articles, TAGS.articleSlug(before.article.slug)]);
    })
    .catch((error) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw pathTaken();
      throw error;
    });
}
