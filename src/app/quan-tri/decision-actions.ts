'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { attachDecisionFile, createDecision, saveDecision } from '@/lib/awards/decision-store';
import { saveRegisterSettings } from '@/lib/awards/register-settings';
import { annulDecision, correctDecision, correctGrant, publishDecision, returnDecision, submitDecision } from '@/lib/awards/decision-workflow';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the award decision pages, for useActionState. The data layer parses
// with zod and authorizes every call; a change the public sees is also announced to
// every instance by its own transaction.

const str = formString;
const int = formInt;

function decisionFields(form: FormData) {
  return {
    number: str(form, 'number'),
    issuedOn: str(form, 'issuedOn'),
    issuer: str(form, 'issuer'),
    signerName: str(form, 'signerName'),
    signerTitle: str(form, 'signerTitle'),
    summary: str(form, 'summary'),
    achievementYear: str(form, 'achievementYear'),
    level: str(form, 'level') as 'STATE',
  };
}

function refreshEditorPage(id: number) {
  if (Number.isInteger(id)) revalidatePath(`/quan-tri/quyet-dinh/${id}`);
}

/** The register and the decision's pages, on this instance at once (the announcement does the rest). */
function refreshRegister(...slugs: string[]) {
  refreshTags([TAGS.register, ...slugs.filter(Boolean).map((slug) => TAGS.decision(slug))]);
}

export async function createDecisionAction(_: FormResult, form: FormData): Promise<FormResult> {
  const result = await runAction((ctx) => createDecision(ctx, decisionFields(form)));
  if (!result.ok) return result;
  redirect(`/quan-tri/quyet-dinh/${result.data.id}`);
}

export async function saveDecisionAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveDecision(ctx, int(form, 'id'), int(form, 'version'), decisionFields(form));
    refreshEditorPage(int(form, 'id'));
    return 'Đã lưu.';
  });
}

export async function attachDecisionFileAction(id: number, attachmentId: number, title: string) {
  return runAction(async (ctx) => {
    await attachDecisionFile(ctx, id, attachmentId, title);
    refreshEditorPage(id);
    return 'Đã gắn tệp.';
  });
}

export async function decisionStepAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    const version = int(form, 'version');
    const step = str(form, 'step');
    refreshEditorPage(id);
    if (step === 'submit') {
      await submitDecision(ctx, id, version);
      return 'Đã gửi duyệt.';
    }
    if (step === 'return') {
      await returnDecision(ctx, id, version, str(form, 'comment'));
      return 'Đã trả lại người nhập.';
    }
    if (step === 'publish') {
      const done = await publishDecision(ctx, id, version);
      refreshRegister(done.slug);
      return 'Đã công bố: quyết định và danh sách đã có trên cổng và trong tra cứu.';
    }
    if (step === 'correct') {
      const done = await correctDecision(ctx, id, version, decisionFields(form), str(form, 'note'));
      refreshRegister(done.slug, str(form, 'slug'));
      return 'Đã đính chính; ghi chú được công bố trên trang quyết định.';
    }
    if (step === 'correctGrant') {
      const done = await correctGrant(
        ctx,
        id,
        version,
        int(form, 'grantId'),
        { displayName: str(form, 'displayName'), jobTitle: str(form, 'jobTitle'), unit: str(form, 'unit'), publishLevel: str(form, 'publishLevel') as 'FULL' },
        str(form, 'note'),
      );
      refreshRegister(done.slug);
      return 'Đã đính chính dòng này.';
    }
    if (step === 'annul') {
      const done = await annulDecision(ctx, id, version, str(form, 'annulledBy'), str(form, 'reason'));
      refreshRegister(done.slug);
      return 'Đã hủy bỏ: trang quyết định mang thông báo hủy bỏ; danh sách không còn trong tra cứu và thống kê.';
    }
    throw new Error('Unknown step');
  });
}

export async function saveRegisterSettingsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveRegisterSettings(ctx, { grantPublishLevel: str(form, 'grantPublishLevel') });
    return 'Đã lưu. Mức này áp dụng cho các danh sách nhập từ nay; các dòng đã nhập giữ mức của chúng.';
  });
}
