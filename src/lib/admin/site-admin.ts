import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { announceSiteWideChange } from '@/lib/content/announce';
import { loadSettingsView, type SiteSettingsView } from '@/lib/content/settings';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { parseFields, dbId } from '@/lib/validation';
import { isSlug, slugify } from '@/lib/text/slug';

// Sections and site settings, for administrators.

const text = (max: number, label: string, required = false) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(required ? z.string().min(1, `Vui lòng nhập ${label}.`).max(max, `${label} quá dài.`) : z.string().max(max, `${label} quá dài.`));

const sectionSchema = z.object({
  id: dbId.nullable(),
  name: text(120, 'tên chuyên mục', true),
  slug: z.string().trim().toLowerCase(),
  description: text(500, 'Mô tả'),
  position: z.number().int().min(0).max(1000),
});

/** Creates or updates a section; returns the slugs whose pages must refresh. */
export async function saveSection(ctx: EditorContext, input: unknown): Promise<string[]> {
  assertCan(ctx.actor, 'section.manage');
  const data = parseFields(sectionSchema, input);
  const slug = data.slug || slugify(data.name);
  if (!isSlug(slug)) throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: { slug: ['Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'] } });
  const taken = await db.section.findFirst({ where: { slug, ...(data.id ? { id: { not: data.id } } : {}) }, select: { id: true } });
  if (taken) throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: { slug: ['Đường dẫn này đã dùng cho chuyên mục khác.'] } });
  return db.$transaction(async (tx) => {
    if (data.id) {
      const before = await tx.section.findUnique({ where: { id: data.id }, select: { slug: true } });
      if (!before) throw new AppError('not_found', 'Không tìm thấy chuyên mục.');
      await tx.section.update({ where: { id: data.id }, data: { name: data.name, slug, description: data.description, position: data.position } });
      await recordAudit(tx, ctx, 'section.update', { type: 'section', id: data.id }, { name: data.name, slug });
      // Section names and settings show on every page (menus, header, footer).
      await announceSiteWideChange(tx);
      return [before.slug, slug];
    }
    const row = await tx.section.create({ data: { name: data.name, slug, description: data.description, position: data.position } });
    await recordAudit(tx, ctx, 'section.create', { type: 'section', id: row.id }, { name: data.name, slug });
    // Section names and settings show on every page (menus, header, footer).
    await announceSiteWideChange(tx);
    return [slug];
  });
}

export async function deleteSection(ctx: EditorContext, id: number): Promise<string> {
  assertCan(ctx.actor, 'section.manage');
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: { slug: true, _count: { select: { articles: true } } } });
    if (!section) throw new AppError('not_found', 'Không tìm thấy chuyên mục.');
    if (section._count.articles > 0) throw new AppError('bad_request', `Chuyên mục còn ${section._count.articles} bài; hãy chuyển các bài sang chuyên mục khác trước khi xoá.`);
    await tx.section.delete({ where: { id } });
    await recordAudit(tx, ctx, 'section.delete', { type: 'section', id });
    // Section names and settings show on every page (menus, header, footer).
    await announceSiteWideChange(tx);
    return section.slug;
  });
}

/** An uploaded image chosen for the logo or banner ("" when none). */
const imageId = z
  .string()
  .transform((value) => (value.trim() === '' ? null : Number(value)))
  .refine((value) => value === null || (Number.isInteger(value) && value > 0), 'Ảnh không hợp lệ; vui lòng tải lên lại.');

const settingsSchema = z.object({
  siteName: text(120, 'tên cổng thông tin', true),
  agencyName: text(200, 'tên cơ quan', true),
  parentAgency: text(200, 'Cơ quan chủ quản'),
  description: text(500, 'Mô tả'),
  managingAgency: text(200, 'Cơ quan quản lý'),
  responsiblePerson: text(200, 'Người chịu trách nhiệm'),
  address: text(300, 'Địa chỉ'),
  phone: text(60, 'Điện thoại'),
  email: z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email('Email không hợp lệ.'))]),
  licence: text(300, 'Giấy phép'),
  officeHours: text(300, 'Giờ làm việc'),
  mapUrl: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^https:\/\/\S+$/.test(value) && URL.canParse(value)), 'Địa chỉ bản đồ cần bắt đầu bằng https://')
    .pipe(z.string().max(500, 'Địa chỉ bản đồ: tối đa 500 ký tự.')),
  footerNote: text(300, 'Dòng ghi chú chân trang'),
  logoMediaId: imageId,
  bannerMediaId: imageId,
});

export async function readSettingsForEditing(ctx: EditorContext): Promise<SiteSettingsView> {
  assertCan(ctx.actor, 'settings.manage');
  return loadSettingsView(db);
}

export async function saveSettings(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'settings.manage');
  const data = parseFields(settingsSchema, input);
  await db.$transaction(async (tx) => {
    for (const [field, id] of [['logoMediaId', data.logoMediaId], ['bannerMediaId', data.bannerMediaId]] as const) {
      if (id !== null && !(await tx.media.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('bad_request', 'Ảnh đã chọn không còn; vui lòng tải lên lại.', { fieldErrors: { [field]: ['Ảnh đã chọn không còn; vui lòng tải lên lại.'] } });
    }
    await tx.siteSettings.upsert({ where: { id: 1 }, update: data, create: { id: 1, ...data } });
    await recordAudit(tx, ctx, 'settings.update', { type: 'settings', id: 1 });
    // Section names and settings show on every page (menus, header, footer).
    await announceSiteWideChange(tx);
  });
}
