'use server';

import { saveSection, deleteSection, saveSettings } from '@/lib/admin/site-admin';
import { deleteTag, renameTag } from '@/lib/admin/tags';
import { changeOwnPassword, createUser, resetPassword, updateUser } from '@/lib/admin/users';
import { refreshEveryPage, refreshPublicPages } from '@/lib/content/invalidate';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction, type ActionResult } from '@/lib/editor/run-action';

// Server actions of the administration pages, used with useActionState: (previous state,
// form data) → result. Values are read from the form as strings and checked with zod in
// the data layer, which also authorizes every call.

export type FormResult = ActionResult<string> | null;

const str = formString;
const int = formInt;

export async function createUserAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await createUser(ctx, { email: str(form, 'email'), name: str(form, 'name'), role: str(form, 'role'), password: str(form, 'password') });
    return 'Đã tạo tài khoản.';
  });
}

export async function updateUserAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await updateUser(ctx, { id: int(form, 'id'), name: str(form, 'name'), role: str(form, 'role'), disabled: str(form, 'disabled') === 'on' });
    return 'Đã lưu.';
  });
}

export async function resetPasswordAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await resetPassword(ctx, { id: int(form, 'id'), password: str(form, 'password') });
    return 'Đã đặt mật khẩu mới; các phiên đăng nhập cũ của người này đã bị đăng xuất.';
  });
}

export async function changeOwnPasswordAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await changeOwnPassword(ctx, { current: str(form, 'current'), next: str(form, 'next'), repeat: str(form, 'repeat') });
    return 'Đã đổi mật khẩu; các phiên đăng nhập khác của bạn đã được đăng xuất.';
  });
}

export async function saveSectionAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    await saveSection(ctx, {
      id: Number.isNaN(id) ? null : id,
      name: str(form, 'name'),
      slug: str(form, 'slug'),
      description: str(form, 'description'),
      position: int(form, 'position') || 0,
    });
    refreshEveryPage();
    return 'Đã lưu chuyên mục.';
  });
}

export async function deleteSectionAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await deleteSection(ctx, int(form, 'id'));
    refreshEveryPage();
    return 'Đã xoá chuyên mục.';
  });
}

export async function saveSettingsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const keys = ['siteName', 'agencyName', 'parentAgency', 'description', 'managingAgency', 'responsiblePerson', 'address', 'phone', 'email', 'licence', 'officeHours', 'mapUrl', 'footerNote', 'logoMediaId', 'bannerMediaId'];
    await saveSettings(ctx, Object.fromEntries(keys.map((key) => [key, str(form, key)])));
    refreshEveryPage();
    return 'Đã lưu cài đặt.';
  });
}

export async function renameTagAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    refreshPublicPages(await renameTag(ctx, { id: int(form, 'id'), name: str(form, 'name') }));
    return 'Đã đổi tên tag.';
  });
}

export async function deleteTagAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    refreshPublicPages(await deleteTag(ctx, int(form, 'id')));
    return 'Đã xoá tag.';
  });
}
