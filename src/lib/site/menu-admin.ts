import 'server-only';
import { z } from 'zod';
import type { MenuPlace } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { announceSiteWideChange } from '@/lib/content/announce';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { DEFAULT_FOOTER_MENU, defaultMainMenu } from './menus';

// Administrators edit the main navigation, the footer links and the "Liên kết website"
// block. Every page shows them, so each change announces every cached page old.

const MAX_ITEMS = 30;

/** A path on the portal ("/van-ban", not "//elsewhere") or an https address. */
export function isMenuHref(value: string): boolean {
  if (/^\/(?!\/)[^\s]*$/.test(value)) return true;
  return /^https:\/\/\S+$/.test(value) && URL.canParse(value);
}

const position = z.coerce.number({ error: 'Thứ tự phải là một số.' }).int('Thứ tự phải là số nguyên.').min(0, 'Thứ tự không âm.').max(999, 'Thứ tự tối đa 999.');

const menuItemSchema = z.object({
  place: z.enum(['MAIN', 'FOOTER'], { error: 'Chọn menu.' }),
  label: z.string().transform(cleanLine).pipe(z.string().min(1, 'Nhập tên mục.').max(60, 'Tên mục: tối đa 60 ký tự.')),
  href: z
    .string()
    .trim()
    .refine(isMenuHref, 'Địa chỉ là một trang của cổng (bắt đầu bằng /, ví dụ /van-ban) hoặc một địa chỉ https://')
    .pipe(z.string().max(500, 'Địa chỉ: tối đa 500 ký tự.')),
  position,
});

export type MenuItemFields = z.input<typeof menuItemSchema>;

const websiteLinkSchema = z.object({
  name: z.string().transform(cleanLine).pipe(z.string().min(1, 'Nhập tên cổng thông tin.').max(120, 'Tên: tối đa 120 ký tự.')),
  url: z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/\S+$/.test(value) && URL.canParse(value), 'Địa chỉ cần bắt đầu bằng https://')
    .pipe(z.string().max(500, 'Địa chỉ: tối đa 500 ký tự.')),
  logoMediaId: z
    .string()
    .transform((value) => (value.trim() === '' ? null : Number(value)))
    .refine((value) => value === null || (Number.isInteger(value) && value > 0), 'Ảnh không hợp lệ; vui lòng tải lên lại.'),
  position,
});

export type WebsiteLinkFields = z.input<typeof websiteLinkSchema>;

function parse<T extends z.ZodType>(schema: T, fields: unknown): z.output<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  return parsed.data;
}

export async function readMenusForEditing(ctx: EditorContext) {
  assertCan(ctx.actor, 'settings.manage');
  const [items, links] = await Promise.all([
    db.menuItem.findMany({ orderBy: [{ place: 'asc' }, { position: 'asc' }, { id: 'asc' }] }),
    db.websiteLink.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { logo: { select: { id: true, storageKey: true } } } }),
  ]);
  return { items, links };
}

/**
 * A menu nobody has edited shows the default one (menus.ts); the first edit starts from
 * it, so adding one link does not leave a menu of one link.
 */
async function materialize(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], place: MenuPlace) {
  if ((await tx.menuItem.count({ where: { place } })) > 0) return;
  const sections = await tx.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { name: true, slug: true } });
  const items = place === 'MAIN' ? defaultMainMenu(sections) : DEFAULT_FOOTER_MENU;
  await tx.menuItem.createMany({ data: items.map((item, index) => ({ place, label: item.label, href: item.href, position: (index + 1) * 10 })) });
}

export async function saveMenuItem(ctx: EditorContext, id: number | null, fields: MenuItemFields): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  const data = parse(menuItemSchema, fields);
  await db.$transaction(async (tx) => {
    if (id === null) await materialize(tx, data.place as MenuPlace);
    if (id === null && (await tx.menuItem.count({ where: { place: data.place as MenuPlace } })) >= MAX_ITEMS) throw new AppError('bad_request', `Mỗi menu có tối đa ${MAX_ITEMS} mục.`);
    if (id !== null && !(await tx.menuItem.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found', 'Mục menu này không còn.');
    const row = id === null ? await tx.menuItem.create({ data }) : await tx.menuItem.update({ where: { id }, data });
    await recordAudit(tx, ctx, id === null ? 'menu.create' : 'menu.update', { type: 'menu', id: row.id }, { place: data.place, label: data.label });
    await announceSiteWideChange(tx);
  });
}

export async function deleteMenuItem(ctx: EditorContext, id: number): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  await db.$transaction(async (tx) => {
    const { count } = await tx.menuItem.deleteMany({ where: { id } });
    if (count === 0) throw new AppError('not_found', 'Mục menu này không còn.');
    await recordAudit(tx, ctx, 'menu.delete', { type: 'menu', id });
    await announceSiteWideChange(tx);
  });
}

/** Back to the default menu, which follows the sections as they change. */
export async function resetMenu(ctx: EditorContext, place: MenuPlace): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  if (place !== 'MAIN' && place !== 'FOOTER') throw new AppError('bad_request', 'Chọn menu.');
  await db.$transaction(async (tx) => {
    await tx.menuItem.deleteMany({ where: { place } });
    await recordAudit(tx, ctx, 'menu.reset', { type: 'menu', id: place });
    await announceSiteWideChange(tx);
  });
}

export async function saveWebsiteLink(ctx: EditorContext, id: number | null, fields: WebsiteLinkFields): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  const data = parse(websiteLinkSchema, fields);
  await db.$transaction(async (tx) => {
    if (data.logoMediaId !== null && !(await tx.media.findUnique({ where: { id: data.logoMediaId }, select: { id: true } }))) {
      throw new AppError('bad_request', 'Ảnh đã chọn không còn; vui lòng tải lên lại.', { fieldErrors: { logoMediaId: ['Ảnh đã chọn không còn; vui lòng tải lên lại.'] } });
    }
    if (id !== null && !(await tx.websiteLink.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found', 'Liên kết này không còn.');
    const row = id === null ? await tx.websiteLink.create({ data }) : await tx.websiteLink.update({ where: { id }, data });
    await recordAudit(tx, ctx, id === null ? 'link.create' : 'link.update', { type: 'websiteLink', id: row.id }, { name: data.name });
    await announceSiteWideChange(tx);
  });
}

export async function deleteWebsiteLink(ctx: EditorContext, id: number): Promise<void> {
  assertCan(ctx.actor, 'settings.manage');
  await db.$transaction(async (tx) => {
    const { count } = await tx.websiteLink.deleteMany({ where: { id } });
    if (count === 0) throw new AppError('not_found', 'Liên kết này không còn.');
    await recordAudit(tx, ctx, 'link.delete', { type: 'websiteLink', id });
    await announceSiteWideChange(tx);
  });
}
