'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { refreshTags } from '@/lib/content/invalidate';
import { TAGS } from '@/lib/content/cache-tags';
import { addCandidates, attachFile, createConsultation, removeCandidate, saveConsultation } from '@/lib/consultations/consultation-store';
import { approveConsultation, concludeConsultation, extendDeadline, returnConsultation, submitConsultation, withdrawCandidate } from '@/lib/consultations/consultation-workflow';
import { setResponseStatus } from '@/lib/consultations/response-inbox';
import { deleteCalendarDay, saveCalendarDay } from '@/lib/consultations/calendar-admin';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import type { FormResult } from './admin-actions';

// Server actions of the consultation pages, for useActionState: (previous state, form
// data) → result. The data layer parses with zod and authorizes every call; a change
// the public sees is also announced to every instance by its own transaction.

const str = formString;
const int = formInt;

function consultationFields(form: FormData) {
  return {
    title: str(form, 'title'),
    slug: str(form, 'slug'),
    summary: str(form, 'summary'),
    legalBasis: str(form, 'legalBasis'),
    proposingBody: str(form, 'proposingBody'),
    proposalRef: str(form, 'proposalRef'),
    opensAt: str(form, 'opensAt'),
    workingDays: str(form, 'workingDays'),
    countPostingDay: str(form, 'countPostingDay') === 'on',
    receivingUnit: str(form, 'receivingUnit'),
    postalAddress: str(form, 'postalAddress'),
    email: str(form, 'email'),
    phone: str(form, 'phone'),
    contactPerson: str(form, 'contactPerson'),
  };
}

/** The newsroom's page of the consultation, shown again with what the action changed. */
function refreshEditorPage(id: number) {
  if (Number.isInteger(id)) revalidatePath(`/quan-tri/lay-y-kien/${id}`);
}

/** The public pages of one consultation, refreshed on this instance at once (the announcement does the rest). */
function refreshConsultation(slug?: string) {
  refreshTags([TAGS.consultations, ...(slug ? [TAGS.consultation(slug)] : [])]);
}

export async function createConsultationAction(_: FormResult, form: FormData): Promise<FormResult> {
  const result = await runAction((ctx) => createConsultation(ctx, consultationFields(form)));
  if (!result.ok) return result;
  redirect(`/quan-tri/lay-y-kien/${result.data.id}`);
}

export async function saveConsultationAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveConsultation(ctx, int(form, 'id'), int(form, 'version'), consultationFields(form));
    refreshEditorPage(int(form, 'id'));
    return 'Đã lưu.';
  });
}

function candidateOf(form: FormData) {
  return {
    kind: str(form, 'kind'),
    name: str(form, 'name'),
    jobTitle: str(form, 'jobTitle'),
    unit: str(form, 'unit'),
    commune: str(form, 'commune'),
    awardTypeId: str(form, 'awardTypeId'),
    awardClass: str(form, 'awardClass') || null,
    posthumous: str(form, 'posthumous') === 'on',
    achievementSummary: str(form, 'achievementSummary'),
  };
}

export async function addCandidateAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await addCandidates(ctx, int(form, 'id'), int(form, 'version'), [candidateOf(form)]);
    refreshEditorPage(int(form, 'id'));
    return 'Đã thêm vào danh sách.';
  });
}

/** The rows an import preview found without errors, sent back as JSON: checked again here, never trusted. */
export async function importCandidatesAction(id: number, version: number, rowsJson: string) {
  return runAction(async (ctx) => {
    let rows: unknown;
    try {
      rows = JSON.parse(rowsJson);
    } catch {
      rows = null;
    }
    if (!Array.isArray(rows)) throw new Error('Dữ liệu nhập không hợp lệ.');
    const { added } = await addCandidates(ctx, id, version, rows);
    refreshEditorPage(id);
    return `Đã nhập ${added} người, tập thể vào danh sách.`;
  });
}

export async function removeCandidateAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await removeCandidate(ctx, int(form, 'id'), int(form, 'version'), int(form, 'candidateId'));
    refreshEditorPage(int(form, 'id'));
    return 'Đã bỏ khỏi danh sách.';
  });
}

export async function attachNoticeAction(id: number, attachmentId: number, title: string) {
  return runAction(async (ctx) => {
    await attachFile(ctx, id, attachmentId, title);
    refreshEditorPage(id);
    return 'Đã gắn tệp.';
  });
}

export async function consultationStepAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = int(form, 'id');
    const version = int(form, 'version');
    const step = str(form, 'step');
    refreshEditorPage(id);
    if (step === 'submit') {
      await submitConsultation(ctx, id, version);
      return 'Đã gửi duyệt.';
    }
    if (step === 'return') {
      await returnConsultation(ctx, id, version, str(form, 'comment'));
      return 'Đã trả lại người soạn.';
    }
    if (step === 'approve') {
      const done = await approveConsultation(ctx, id, version);
      refreshConsultation(str(form, 'slug'));
      return done.status === 'OPEN' ? 'Đã duyệt: đợt lấy ý kiến đang mở trên cổng.' : 'Đã duyệt: đợt lấy ý kiến sẽ tự mở đúng giờ.';
    }
    if (step === 'extend') {
      await extendDeadline(ctx, id, version, { closesOn: str(form, 'closesOn'), reason: str(form, 'reason') });
      refreshConsultation(str(form, 'slug'));
      return 'Đã gia hạn; lý do được công bố trên trang.';
    }
    if (step === 'withdrawCandidate') {
      await withdrawCandidate(ctx, id, version, int(form, 'candidateId'), str(form, 'note'));
      refreshConsultation(str(form, 'slug'));
      return 'Đã rút khỏi danh sách.';
    }
    if (step === 'conclude') {
      await concludeConsultation(ctx, id, version, { outcomeText: str(form, 'outcomeText'), outcomeUrl: str(form, 'outcomeUrl') });
      refreshConsultation(str(form, 'slug'));
      return 'Đã công bố kết quả.';
    }
    throw new Error('Unknown step');
  });
}

export async function responseStatusAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const ids = form.getAll('ids').map((value) => Number(value));
    const count = await setResponseStatus(ctx, ids, str(form, 'status'), str(form, 'note'));
    revalidatePath('/quan-tri/gop-y', 'layout');
    return `Đã cập nhật ${count} góp ý.`;
  });
}

export async function saveCalendarDayAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const { flagged } = await saveCalendarDay(ctx, {
      date: str(form, 'date'),
      kind: str(form, 'kind'),
      name: str(form, 'name'),
      source: str(form, 'source'),
      provisional: str(form, 'provisional') === 'on',
    });
    refreshTags([TAGS.calendar, TAGS.consultations]);
    revalidatePath('/quan-tri/lich-lam-viec');
    return flagged.length ? `Đã lưu. ${flagged.length} đợt lấy ý kiến đang mở có hạn khác với lịch mới và đã được đánh dấu để xem lại; hạn đã công bố không đổi.` : 'Đã lưu.';
  });
}

export async function deleteCalendarDayAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const { flagged } = await deleteCalendarDay(ctx, str(form, 'date'));
    refreshTags([TAGS.calendar, TAGS.consultations]);
    revalidatePath('/quan-tri/lich-lam-viec');
    return flagged.length ? `Đã xoá. ${flagged.length} đợt lấy ý kiến đã được đánh dấu để xem lại.` : 'Đã xoá.';
  });
}
