'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { refreshTags } from '@/lib/content/invalidate';
import { addRelation, attachDocumentFile, createDocument, publishDocument, removeDocumentFile, removeRelation, returnDocument, saveDocument, submitDocument, withdrawDocument } from '@/lib/documents/document-store';
import type { DocumentFields } from '@/lib/documents/document-input';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the documents register's editor pages, for useActionState. The data
// layer parses with zod, authorizes every call against the permission table, and
// announces what the public sees to every instance; this instance refreshes at once.

const str = formString;
const int = formInt;

function documentFields(form: FormData): DocumentFields {
  return {
    number: str(form, 'number'),
    type: str(form, 'type'),
    issuer: str(form, 'issuer'),
    signerName: str(form, 'signerName'),
    signerTitle: str(form, 'signerTitle'),
    issuedOn: str(form, 'issuedOn'),
    effectiveFrom: str(form, 'effectiveFrom'),
    effectiveTo: str(form, 'effectiveTo'),
    summary: str(form, 'summary'),
    field: str(form, 'field'),
    scope: str(form, 'scope') as 'CENTRAL',
    externalUrl: str(form, 'externalUrl'),
  };
}

function refresh(id: number, tags: string[]) {
  if (Number.isInteger(id)) revalidatePath(`/quan-tri/van-ban/${id}`);
  if (tags.length > 0) refreshTags(tags);
}

export async function createDocumentAction(_: FormResult, form: FormData): Promise<FormResult> {
  const result = await runAction((ctx) => createDocument(ctx, documentFields(form)));
  if (!result.ok) return result;
  redirect(`/quan-tri/van-ban/${result.data.id}`);
}

export async function saveDocumentAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    const done = await saveDocument(ctx, id, int(form, 'version'), documentFields(form), str(form, 'note'));
    refresh(id, done.tags);
    return done.tags.length > 0 ? 'Đã lưu; trang văn bản trên cổng đã cập nhật.' : 'Đã lưu.';
  });
}

export async function attachDocumentFileAction(id: number, version: number, attachmentId: number, title: string) {
  return runAction(async (ctx) => {
    const done = await attachDocumentFile(ctx, id, version, attachmentId, title);
    refresh(id, done.tags);
    return 'Đã gắn tệp.';
  });
}

export async function relationAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    const version = int(form, 'version');
    if (str(form, 'step') === 'remove') {
      const done = await removeRelation(ctx, id, version, int(form, 'relationId'));
      refresh(id, done.tags);
      return 'Đã bỏ quan hệ.';
    }
    const done = await addRelation(ctx, id, version, { toId: str(form, 'toId') as unknown as number, kind: str(form, 'kind') as 'REPLACES', partial: form.get('partial') === 'on', note: str(form, 'note') });
    refresh(id, done.tags);
    return 'Đã thêm quan hệ; tình trạng hiệu lực của hai văn bản được tính lại.';
  });
}

export async function documentStepAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    const version = int(form, 'version');
    const step = str(form, 'step');
    if (step === 'submit') {
      refresh(id, (await submitDocument(ctx, id, version)).tags);
      return 'Đã gửi duyệt.';
    }
    if (step === 'return') {
      refresh(id, (await returnDocument(ctx, id, version, str(form, 'comment'))).tags);
      return 'Đã trả lại người nhập.';
    }
    if (step === 'publish') {
      refresh(id, (await publishDocument(ctx, id, version)).tags);
      return 'Đã công bố: văn bản đã có trên cổng và trong tìm kiếm.';
    }
    if (step === 'withdraw') {
      refresh(id, (await withdrawDocument(ctx, id, version, str(form, 'reason'))).tags);
      return 'Đã gỡ văn bản khỏi cổng.';
    }
    if (step === 'removeFile') {
      refresh(id, (await removeDocumentFile(ctx, id, version, int(form, 'attachmentId'))).tags);
      return 'Đã gỡ tệp.';
    }
    throw new Error('Unknown step');
  });
}
