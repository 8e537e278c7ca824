'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { refreshEveryPage, refreshTags } from '@/lib/content/invalidate';
import { TAGS } from '@/lib/content/cache-tags';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import { createAgencyPage, savePageSettings } from '@/lib/pages/page-admin';
import { cancelMaintenance, scheduleMaintenance } from '@/lib/site/maintenance';
import { deleteMenuItem, deleteWebsiteLink, resetMenu, saveMenuItem, saveWebsiteLink } from '@/lib/site/menu-admin';
import type { FormResult } from './admin-actions';

// Server actions of the agency's pages, menus and website links (administrators). The data
// layer parses with zod, authorizes against the permission table, and announces the change
// to every instance; this instance refreshes at once.

const str = formString;
const optionalId = (form: FormData) => (str(form, 'id') ? Number(str(form, 'id')) : null);

export async function createPageAction(_: FormResult, form: FormData): Promise<FormResult> {
  const result = await runAction((ctx) =>
    createAgencyPage(ctx, { title: str(form, 'title'), path: str(form, 'path'), translationId: str(form, 'translationId'), contactBlock: form.get('contactBlock') === 'on', position: str(form, 'position') || '0' }),
  );
  if (!result.ok) return result;
  redirect(`/quan-tri/bai-viet/${result.data.articleId}`);
}

export async function savePageSettingsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await savePageSettings(ctx, formInt(form, 'id'), { path: str(form, 'path'), translationId: str(form, 'translationId'), contactBlock: form.get('contactBlock') === 'on', position: str(form, 'position') || '0' });
    refreshTags([TAGS.articles]);
    revalidatePath('/quan-tri/trang');
    return 'Đã lưu.';
  });
}

export async function saveMenuItemAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    if (str(form, 'step') === 'delete') {
      await deleteMenuItem(ctx, formInt(form, 'id'));
      refreshEveryPage();
      return 'Đã xóa mục.';
    }
    if (str(form, 'step') === 'reset') {
      await resetMenu(ctx, str(form, 'place') as 'MAIN');
      refreshEveryPage();
      return 'Đã dùng lại menu mặc định.';
    }
    await saveMenuItem(ctx, optionalId(form), { place: str(form, 'place') as 'MAIN', label: str(form, 'label'), href: str(form, 'href'), position: str(form, 'position') || '0' });
    refreshEveryPage();
    return 'Đã lưu menu.';
  });
}

export async function saveWebsiteLinkAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    if (str(form, 'step') === 'delete') {
      await deleteWebsiteLink(ctx, formInt(form, 'id'));
      refreshEveryPage();
      return 'Đã xóa liên kết.';
    }
    await saveWebsiteLink(ctx, optionalId(form), { name: str(form, 'name'), url: str(form, 'url'), logoMediaId: str(form, 'logoMediaId'), position: str(form, 'position') || '0' });
    refreshEveryPage();
    return 'Đã lưu liên kết.';
  });
}

export async function maintenanceAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    if (str(form, 'step') === 'cancel') {
      await cancelMaintenance(ctx, formInt(form, 'id'));
      refreshEveryPage();
      return 'Đã hủy lịch bảo trì; thông báo không còn trên cổng.';
    }
    await scheduleMaintenance(ctx, { startsAt: str(form, 'startsAt'), endsAt: str(form, 'endsAt'), message: str(form, 'message') });
    refreshEveryPage();
    return 'Đã lên lịch; thông báo bảo trì đã hiện trên mọi trang của cổng.';
  });
}
