'use server';

import { revalidatePath } from 'next/cache';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { attachFormFile, saveForm, saveProcedure, setFormPublished, setProcedurePublished } from '@/lib/documents/library-store';
import { formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the forms and procedures page. The data layer parses with zod,
// authorizes against the permission table and announces public changes to every instance.

const str = formString;
const PAGE = '/quan-tri/bieu-mau-thu-tuc';
const optionalId = (form: FormData) => (str(form, 'id') ? Number(str(form, 'id')) : null);

function refresh() {
  revalidatePath(PAGE);
  refreshTags([TAGS.library]);
}

export async function saveFormAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveForm(ctx, optionalId(form), { code: str(form, 'code'), title: str(form, 'title'), sourceDocumentId: str(form, 'sourceDocumentId'), position: str(form, 'position') || '0' });
    refresh();
    return 'Đã lưu biểu mẫu.';
  });
}

export async function attachFormFileAction(id: number, attachmentId: number, title: string) {
  return runAction(async (ctx) => {
    await attachFormFile(ctx, id, attachmentId, title);
    refresh();
    return 'Đã gắn tệp.';
  });
}

export async function saveProcedureAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveProcedure(ctx, optionalId(form), {
      name: str(form, 'name'),
      nationalCode: str(form, 'nationalCode'),
      url: str(form, 'url'),
      level: str(form, 'level') as 'PROVINCIAL',
      internal: form.get('internal') === 'on',
      agency: str(form, 'agency'),
      resultType: str(form, 'resultType'),
      timeLimitText: str(form, 'timeLimitText'),
      position: str(form, 'position') || '0',
    });
    refresh();
    return 'Đã lưu thủ tục.';
  });
}

export async function publishLibraryAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = Number(str(form, 'id'));
    const published = str(form, 'published') === 'true';
    if (str(form, 'kind') === 'form') await setFormPublished(ctx, id, published);
    else await setProcedurePublished(ctx, id, published);
    refresh();
    return published ? 'Đã đưa lên cổng.' : 'Đã gỡ khỏi cổng.';
  });
}
