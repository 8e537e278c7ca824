'use server';

import { revalidatePath } from 'next/cache';
import { createAwardType, updateAwardType } from '@/lib/awards/award-admin';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the award taxonomy page (administrators): the data layer parses and authorizes.

const str = formString;

function awardFields(form: FormData) {
  return {
    code: str(form, 'code'),
    category: str(form, 'category'),
    name: str(form, 'name'),
    nameEn: str(form, 'nameEn'),
    level: str(form, 'level'),
    conferrer: str(form, 'conferrer'),
    classes: str(form, 'classes'),
    recipientKinds: form.getAll('recipientKinds').map(String),
    posthumousAllowed: str(form, 'posthumousAllowed') === 'on',
    consultationRequired: str(form, 'consultationRequired') === 'on',
    minConsultationWorkingDays: str(form, 'minConsultationWorkingDays'),
    consultationBasis: str(form, 'consultationBasis'),
    description: str(form, 'description'),
    legalBasis: str(form, 'legalBasis'),
    validFrom: str(form, 'validFrom'),
    validTo: str(form, 'validTo'),
  };
}

function refresh() {
  refreshTags([TAGS.awards, TAGS.consultations]);
  revalidatePath('/quan-tri/danh-hieu');
}

export async function updateAwardAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await updateAwardType(ctx, Number(str(form, 'id')), awardFields(form));
    refresh();
    return 'Đã lưu.';
  });
}

export async function createAwardAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await createAwardType(ctx, awardFields(form));
    refresh();
    return 'Đã thêm vào danh mục.';
  });
}
