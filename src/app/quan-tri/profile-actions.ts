'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createProfile, linkGrants, saveProfile } from '@/lib/awards/profile-store';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the exemplary-model profile pages, for useActionState. The data layer
// parses with zod and checks the permission table against the profile's story.

const str = formString;
const int = formInt;

function profileFields(form: FormData) {
  return {
    name: str(form, 'name'),
    slug: str(form, 'slug'),
    kind: str(form, 'kind') as 'INDIVIDUAL',
    field: str(form, 'field') as 'Giáo dục',
    unit: str(form, 'unit'),
    communeCode: str(form, 'communeCode'),
    summary: str(form, 'summary'),
    articleId: str(form, 'articleId'),
    portraitMediaId: str(form, 'portraitMediaId'),
    portraitAlt: str(form, 'portraitAlt'),
  };
}

function refresh(...slugs: string[]) {
  refreshTags([TAGS.profiles, TAGS.register, ...slugs.filter(Boolean).map((slug) => TAGS.profile(slug))]);
}

export async function createProfileAction(_: FormResult, form: FormData): Promise<FormResult> {
  const result = await runAction((ctx) => createProfile(ctx, profileFields(form)));
  if (!result.ok) return result;
  refresh();
  redirect(`/quan-tri/guong-dien-hinh/${result.data.id}`);
}

export async function saveProfileAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const done = await saveProfile(ctx, int(form, 'id'), int(form, 'version'), profileFields(form));
    refresh(done.slug, str(form, 'slug'));
    revalidatePath(`/quan-tri/guong-dien-hinh/${int(form, 'id')}`);
    return 'Đã lưu.';
  });
}

export async function linkGrantsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const ids = form.getAll('grantIds').map((value) => Number(value));
    const linked = str(form, 'mode') !== 'unlink';
    await linkGrants(ctx, int(form, 'id'), int(form, 'version'), ids, linked);
    refresh(str(form, 'slug'));
    revalidatePath(`/quan-tri/guong-dien-hinh/${int(form, 'id')}`);
    return linked ? `Đã gắn ${ids.length} lần khen thưởng.` : `Đã bỏ gắn ${ids.length} lần khen thưởng.`;
  });
}
