import { describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/admin/audit';
import { deleteSection, saveSection } from '@/lib/admin/site-admin';
import { deleteTag, renameTag } from '@/lib/admin/tags';
import { changeOwnPassword, createUser, resetPassword, updateUser } from '@/lib/admin/users';
import { verifyPassword } from '@/lib/auth/password';
import { createArticle } from '@/lib/editor/article-store';
import { AppError } from '@/lib/errors';
import { articleForm, as, codeOf, useEditorial } from '../support/editor';

const editorial = useEditorial();
const { client } = editorial;

describe('accounts', () => {
  it('lets only administrators manage accounts, with Vietnamese field errors', async () => {
    const input = { email: 'moi@example.vn', name: 'Người mới', role: 'EDITOR', password: 'mật-khẩu-đủ-dài' };
    expect(await codeOf(createUser(as(editorial.staff.approver), input))).toBe('forbidden');
    expect(await codeOf(createUser(as(null), input))).toBe('unauthorized');
    const error = (await createUser(as(editorial.staff.admin), { ...input, email: 'không phải email', password: 'ngắn' }).catch((e: AppError) => e)) as AppError;
    expect(error.fieldErrors).toMatchObject({ email: ['Email không hợp lệ.'], password: ['Mật khẩu cần ít nhất 10 ký tự.'] });
    const user = await createUser(as(editorial.staff.admin), input);
    expect(await codeOf(createUser(as(editorial.staff.admin), input))).toBe('bad_request');
    await resetPassword(as(editorial.staff.admin), { id: user.id, password: 'mật-khẩu-mới-2026' });
    const row = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(row.passwordHash, 'mật-khẩu-mới-2026')).toBe(true);
    expect(row.passwordChangedAt).not.toBeNull();
  });

  it('never leaves the portal without an active administrator', async () => {
    expect(await codeOf(updateUser(as(editorial.staff.admin), { id: editorial.staff.admin.id, name: 'Quản trị', role: 'EDITOR', disabled: false }))).toBe('bad_request');
    expect(await codeOf(updateUser(as(editorial.staff.admin), { id: editorial.staff.admin.id, name: 'Quản trị', role: 'ADMIN', disabled: true }))).toBe('bad_request');
    expect(await codeOf(updateUser(as(editorial.staff.admin), { id: editorial.staff.contributor2.id, name: 'Cộng tác viên hai', role: 'EDITOR', disabled: false }))).toBe('ok');
  });

  it('changes one’s own password only with the current one', async () => {
    await client.user.update({ where: { id: editorial.staff.contributor.id }, data: { passwordHash: await (await import('@/lib/auth/password')).hashPassword('mật-khẩu-cũ-2026') } });
    const wrong = (await changeOwnPassword(as(editorial.staff.contributor), { current: 'sai', next: 'mật-khẩu-mới-2026', repeat: 'mật-khẩu-mới-2026' }).catch((e: AppError) => e)) as AppError;
    expect(wrong.fieldErrors).toEqual({ current: ['Mật khẩu hiện tại không đúng.'] });
    const mismatch = (await changeOwnPassword(as(editorial.staff.contributor), { current: 'mật-khẩu-cũ-2026', next: 'mật-khẩu-mới-2026', repeat: 'khác' }).catch((e: AppError) => e)) as AppError;
    expect(mismatch.fieldErrors).toEqual({ repeat: ['Hai lần nhập mật khẩu mới không khớp.'] });
    await changeOwnPassword(as(editorial.staff.contributor), { current: 'mật-khẩu-cũ-2026', next: 'mật-khẩu-mới-2026', repeat: 'mật-khẩu-mới-2026' });
  });
});

describe('sections, tags and the audit log', () => {
  it('refuses to delete a section that still has articles', async () => {
    const [slug] = await saveSection(as(editorial.staff.admin), { id: null, name: 'Gương điển hình', slug: '', description: '', position: 9 });
    expect(slug).toBe('guong-dien-hinh');
    const section = await client.section.findUniqueOrThrow({ where: { slug } });
    await createArticle(as(editorial.staff.editor), articleForm(section.id, { tags: [] }));
    expect(await codeOf(deleteSection(as(editorial.staff.admin), section.id))).toBe('bad_request');
    expect(await codeOf(saveSection(as(editorial.staff.approver), { id: null, name: 'X', slug: '', description: '', position: 0 }))).toBe('forbidden');
  });

  it('renames a tag keeping its address, and deletes it from every article', async () => {
    await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Bài có tag', tags: ['Gương sáng'] }));
    const tag = await client.tag.findUniqueOrThrow({ where: { slug: 'guong-sang' } });
    expect(await codeOf(renameTag(as(editorial.staff.contributor), { id: tag.id, name: 'X' }))).toBe('forbidden');
    const change = await renameTag(as(editorial.staff.editor), { id: tag.id, name: 'Gương sáng tiêu biểu' });
    expect(change.tags).toEqual(['guong-sang']);
    expect(await client.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({ name: 'Gương sáng tiêu biểu', slug: 'guong-sang' });
    expect((await deleteTag(as(editorial.staff.editor), tag.id)).slugs).toEqual(['bai-co-tag']);
    expect(await client.articleTag.count({ where: { tagId: tag.id } })).toBe(0);
  });

  it('shows the audit log to the editorial board, not to editors', async () => {
    expect(await codeOf(listAudit(as(editorial.staff.editor), { page: 1 }))).toBe('forbidden');
    const log = await listAudit(as(editorial.staff.approver), { page: 1, action: 'tag.update' });
    expect(log.items[0]).toMatchObject({ label: 'Sửa tag', actor: 'bientap', ip: '10.0.0.9' });
  });
});
